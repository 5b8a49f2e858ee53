using K3s.Modules.Profiles;
using K3s.Modules.Reading;
using K3s.Modules.Tests.Profiles;
using Nix.Syntax;

namespace K3s.Modules.Tests.ReadBack;

/// <summary>An emitted profile read back as a host file (as lint and editing read files) is the profile, member by member.</summary>
public sealed class FromHostAgreementTests
{
    [Theory]
    [MemberData(nameof(ProfileTests.AllProfiles), MemberType = typeof(ProfileTests))]
    public void FromHostOfTheEmittedTextIsTheProfile(string name)
    {
        var module = ProfileCatalog.Build(name, ProfileTests.Parameters);
        var text = module.ToNixText();
        var viaHost = K3sNodeModule.FromHost(new HostConfiguration([ModuleReader.ReadText(text, "/virtual/" + name + ".nix")]));
        Assert.Equal(module.KernelModules, viaHost.KernelModules);
        Assert.Equal(module.Sysctls, viaHost.Sysctls);
        Assert.Equal(module.Firewall, viaHost.Firewall);
        Assert.Equal(module.Containerd, viaHost.Containerd);
        Assert.Equal(module.K3s, viaHost.K3s);
        Assert.Equal(module.Persistence, viaHost.Persistence);
        Assert.Equal(module.SystemPackages, viaHost.SystemPackages);
        Assert.Equal(module.ActivationScripts, viaHost.ActivationScripts);
        Assert.Equal(module.Priorities, viaHost.Priorities);
        Assert.Equal(module.Remarks, viaHost.Remarks);
        Assert.Equal(module.OtherSettings, viaHost.OtherSettings);
        Assert.Equal(module, viaHost);
        Assert.Equal(module, K3sNodeModule.FromSyntax(NixSyntaxTree.ParseText(text).GetRoot()));
    }
}

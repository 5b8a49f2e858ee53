using K3s.Modules.Profiles;
using K3s.Modules.Reading;
using K3s.Modules.Tests.Profiles;
using Nix.Syntax;

namespace K3s.Modules.Tests.ReadBack;

/// <summary>The general reader's path (<see cref="K3sNodeModule.FromHost"/>) and the emitted-shape reader agree on emitted modules.</summary>
public sealed class FromHostAgreementTests
{
    [Theory]
    [MemberData(nameof(ProfileTests.AllProfiles), MemberType = typeof(ProfileTests))]
    public void FromHostOfTheEmittedTextEqualsFromSyntax(string name)
    {
        var module = ProfileCatalog.Build(name, ProfileTests.Parameters);
        var text = module.ToNixText();
        var tree = NixSyntaxTree.ParseText(text);
        Assert.True(ModuleSyntaxReader.Covers(tree.GetRoot()), "emitted modules are the shape ModuleSyntaxReader covers");
        var viaSyntax = K3sNodeModule.FromSyntax(tree.GetRoot());
        var viaHost = K3sNodeModule.FromHost(new HostConfiguration([ModuleReader.ReadText(text, "/virtual/" + name + ".nix")]));
        Assert.Equal(viaSyntax.KernelModules, viaHost.KernelModules);
        Assert.Equal(viaSyntax.Sysctls, viaHost.Sysctls);
        Assert.Equal(viaSyntax.Firewall, viaHost.Firewall);
        Assert.Equal(viaSyntax.Containerd, viaHost.Containerd);
        Assert.Equal(viaSyntax.K3s, viaHost.K3s);
        Assert.Equal(viaSyntax.Persistence, viaHost.Persistence);
        Assert.Equal(viaSyntax.SystemPackages, viaHost.SystemPackages);
        Assert.Equal(viaSyntax.ActivationScripts, viaHost.ActivationScripts);
        Assert.Equal(viaSyntax.Priorities, viaHost.Priorities);
        Assert.Equal(viaSyntax.Remarks, viaHost.Remarks);
        Assert.Equal(viaSyntax.OtherSettings, viaHost.OtherSettings);
        Assert.Equal(viaSyntax, viaHost);
        Assert.Equal(module, viaHost);
    }
}

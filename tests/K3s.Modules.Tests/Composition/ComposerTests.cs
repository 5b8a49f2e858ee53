using K3s.Modules.Composition;
using K3s.Modules.Profiles;
using K3s.Modules.Values;

namespace K3s.Modules.Tests.Composition;

/// <summary>Fragments merge as NixOS modules do.</summary>
public sealed class ComposerTests
{
    private static ModuleFragment Longhorn() => new("longhorn", new K3sNodeModule
    {
        KernelModules = ["iscsi_tcp", new KernelModule("overlay", "OverlayFS for container layers")],
        SystemPackages = ["openiscsi", "k3s"],
        OtherSettings = NixAttrs.Empty.Set("services.openiscsi.enable", true),
    });

    private static ModuleFragment ZeroTier() => new("zerotier", new K3sNodeModule
    {
        Firewall = new Firewall { AllowedUdpPorts = [new FirewallPort(9993, "ZeroTier")], TrustedInterfaces = ["zt+"] },
        OtherSettings = NixAttrs.Empty.Set("services.zerotierone.enable", true),
    });

    [Fact]
    public void ListsConcatenateAndSharedNeedsAreAddedOnce()
    {
        var composed = ModuleComposer.Compose(new ModuleFragment("cilium", CiliumServer.Build()), Longhorn(), ZeroTier());
        Assert.Single(composed.KernelModules, k => k.Name == "overlay");
        Assert.Contains(composed.KernelModules, k => k.Name == "iscsi_tcp");
        Assert.Single(composed.SystemPackages, p => p == "k3s");
        Assert.Equal([8472, 9993], composed.Firewall.AllowedUdpPorts.Select(p => p.Number));
        Assert.Contains("zt+", composed.Firewall.TrustedInterfaces);
        Assert.Contains(composed.OtherSettings.Bindings, b => b.Path.ToString() == "services.zerotierone.enable");
        Assert.True(composed.K3s.Enable);
        Assert.Equal(composed, K3sNodeModule.Parse(composed.ToNixText()));
    }

    [Fact]
    public void AScalarSetTwiceDifferentlyNamesBothFragments()
    {
        var on = new ModuleFragment("prod-firewall", new K3sNodeModule { Firewall = new Firewall { Enable = true } });
        var off = new ModuleFragment("dev-firewall", new K3sNodeModule { Firewall = new Firewall { Enable = false } });
        var error = Assert.Throws<InvalidOperationException>(() => ModuleComposer.Compose(on, off));
        Assert.Contains("prod-firewall", error.Message);
        Assert.Contains("dev-firewall", error.Message);
        Assert.Contains("networking.firewall.enable", error.Message);
    }

    [Fact]
    public void ForceWinsAndIsEmittedAsMkForce()
    {
        var on = new ModuleFragment("prod", new K3sNodeModule { Firewall = new Firewall { Enable = true } });
        var off = new ModuleFragment("override", new K3sNodeModule { Firewall = new Firewall { Enable = false } }
            .WithPriority("networking.firewall.enable", Priority.Force));
        var composed = ModuleComposer.Compose(on, off);
        Assert.False(composed.Firewall.Enable);
        Assert.Contains("enable = lib.mkForce false;", composed.ToNixText());
        var defaulted = ModuleComposer.Compose(on, new ModuleFragment("d", new K3sNodeModule { Firewall = new Firewall { Enable = false } }
            .WithPriority("networking.firewall.enable", Priority.Default)));
        Assert.True(defaulted.Firewall.Enable);
    }
}

using K3s.Modules.Tests.Reading;
using K3s.Modules.Values;

namespace K3s.Modules.Tests.ReadBack;

/// <summary>Hand-written modules of the reference styles read into the model: concrete values, priorities, and unknowns kept as text.</summary>
public sealed class FromHostFixtureTests
{
    private static K3sNodeModule Read(string fixture) => K3sNodeModule.ReadFiles(FixturePaths.Directory(fixture).ToArray());

    private static NixBinding Other(K3sNodeModule module, string path) =>
        Assert.Single(module.OtherSettings.Bindings, b => b.Path.ToString() == path);

    [Fact]
    public void Hetzkube_ConfigWrapperAndImports()
    {
        var m = Read("hetzkube-style");
        Assert.Equal(["overlay", "br_netfilter", "nf_conntrack"], m.KernelModules.Select(k => k.Name));
        Assert.Contains(new Sysctl("net.ipv4.ip_forward", new SysctlInteger(1)), m.Sysctls);
        Assert.Contains(new Sysctl("net.ipv4.conf.lxc*.rp_filter", new SysctlInteger(0)), m.Sysctls);
        // networking.firewall.enable = lib.mkForce false sits in networking.nix, a different file.
        Assert.False(m.Firewall.Enable);
        Assert.Equal(Priority.Force, m.Priorities["networking.firewall.enable"]);
        Assert.True(m.Containerd.Enable);
        var settings = m.Containerd.Settings.Bindings.ToDictionary(b => b.Path.ToString(), b => b.Value);
        Assert.Equal(new NixPriority(Priority.Force, new NixInt(3)), settings["version"]);
        Assert.Equal(new NixBool(true), settings["plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options.SystemdCgroup"]);
        Assert.Equal(["kubectl", "cilium-cli"], m.SystemPackages);
        Assert.True(m.K3s.Enable is null);
    }

    [Fact]
    public void Sini_DenAspect_UnknownsKeptAsTheirText()
    {
        var m = Read("sini-style");
        Assert.Equal(["br_netfilter", "overlay", "ip_conntrack", "bpf"], m.KernelModules.Select(k => k.Name));
        Assert.True(m.K3s.Enable);
        Assert.Equal(K3sRole.Server, m.K3s.Role);
        Assert.Equal([51820, 8472], m.Firewall.AllowedUdpPorts.Select(p => p.Number));
        Assert.False(m.Firewall.Enable);
        // flatten [ … ] is not a literal list: kept as its source text.
        var tcp = Assert.IsType<NixExpression>(Other(m, "networking.firewall.allowedTCPPorts").Value);
        Assert.StartsWith("flatten [", tcp.Text);
        // clusterInit depends on the node list: unknown, never guessed.
        var init = Assert.IsType<NixExpression>(Other(m, "services.k3s.clusterInit").Value);
        Assert.Equal("(builtins.length sortedNodes) == 1", init.Text);
        // The effective extraFlags is a let-built string under mkForce: split into the flags, priority kept.
        Assert.Equal(Priority.Force, m.Priorities["services.k3s.extraFlags"]);
        Assert.Contains(m.K3s.ExtraFlags, f => f.Value == NixString.Of("--disable-kube-proxy"));
        Assert.DoesNotContain(m.OtherSettings.Bindings, b => b.Path.ToString() == "services.k3s.extraFlags");
        // serverAddr only applies when this node does not initialise the cluster.
        var addr = Other(m, "services.k3s.serverAddr");
        Assert.IsType<NixExpression>(addr.Value);
        Assert.StartsWith("only if", addr.Remark!.Trailing);
        Assert.Null(m.K3s.ServerAddr);
    }

    [Fact]
    public void Vanixiets_FlakeParts_OptionDefaultsAndConditionsMarked()
    {
        var m = Read("vanixiets-style");
        Assert.Equal(["br_netfilter", "overlay", "nf_conntrack"], m.KernelModules.Select(k => k.Name));
        Assert.Equal([6443, 10250, 2379, 2380, 4240, 4244], m.Firewall.AllowedTcpPorts.Select(p => p.Number));
        Assert.Equal([8472, 4789], m.Firewall.AllowedUdpPorts.Select(p => p.Number));
        // clusterInit = cfg.clusterInit, whose default is true: kept as the reference, the default in the remark.
        var init = Other(m, "services.k3s.clusterInit");
        Assert.Equal("cfg.clusterInit", Assert.IsType<NixExpression>(init.Value).Text);
        Assert.Contains("default of k3s-node.clusterInit is true", init.Remark!.Trailing);
        Assert.Null(m.K3s.ClusterInit);
        // Everything under config = lib.mkIf cfg.enable is conditional; extraFlags is a ++ chain with holes.
        var flags = Other(m, "services.k3s.extraFlags");
        Assert.Contains("--flannel-backend=none", Assert.IsType<NixExpression>(flags.Value).Text);
        Assert.Contains("lib.optionals", ((NixExpression)flags.Value).Text);
        Assert.Contains("cfg.enable", flags.Remark!.Trailing);
        // The module's option declarations are not definitions.
        Assert.DoesNotContain(m.OtherSettings.Bindings, b => b.Path.ToString().StartsWith("k3s-node.", StringComparison.Ordinal));
    }

    [Fact]
    public void FromSyntax_ReadsHandWrittenShapes()
    {
        const string text = """
            { lib, ... }:
            let mods = [ "overlay" "br_netfilter" ]; in
            {
              config = {
                boot.kernelModules = mods;
                networking.firewall.enable = lib.mkForce false;
                services.k3s.extraFlags = [ "--flannel-backend=none" ];
              };
            }
            """;
        var m = K3sNodeModule.Parse(text);
        Assert.Equal(["overlay", "br_netfilter"], m.KernelModules.Select(k => k.Name));
        Assert.False(m.Firewall.Enable);
        Assert.Equal(Priority.Force, m.Priorities["networking.firewall.enable"]);
        Assert.Equal(["--flannel-backend=none"], m.K3s.ExtraFlags.Select(f => f.Value.ToString().Trim('"')));
    }
}

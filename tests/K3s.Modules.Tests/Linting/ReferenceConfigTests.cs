using K3s.Modules.Tests.Reading;
using static Nix.Syntax.Diagnostics.DiagnosticSeverity;

namespace K3s.Modules.Tests.Linting;

/// <summary>The expected findings and "must not fire" cases of k3s-domain.md §4 on fixtures written in each style.</summary>
public sealed class ReferenceConfigTests
{
    private static void None(K3s.Modules.Linting.LintResult result, params string[] rules)
    {
        foreach (var rule in rules) Assert.Empty(result.Of(rule));
    }

    [Fact]
    public void HetzkubeStyle()
    {
        var r = LintHarness.Fixture("hetzkube-style");
        Assert.Single(r.Of("K3S000", Info));
        var ipv6 = Assert.Single(r.Of("K3S006"));
        Assert.Equal(Info, ipv6.Severity);
        Assert.Contains("ip6table", ipv6.Message);
        None(r, "K3S007", "K3S008");
        var firewall = Assert.Single(r.Of("K3S013", Warning));
        Assert.EndsWith("networking.nix", firewall.Location.Path);
        Assert.Contains("nixk3s-ignore K3S013", firewall.Message);
        var containerd = Assert.Single(r.Of("K3S024", Warning));
        Assert.Contains("SystemdCgroup", containerd.Message);
        // The fix moves the three legacy keys to io.containerd.cri.v1.runtime, where version 3 reads them.
        var moved = Assert.Single(containerd.Fix!.NewTexts).Value;
        Assert.DoesNotContain("io.containerd.grpc.v1.cri", moved);
        Assert.Contains("plugins.\"io.containerd.cri.v1.runtime\".containerd.runtimes.runc.options.SystemdCgroup = true;", moved);
        None(r, "K3S001", "K3S002", "K3S003", "K3S004", "K3S005", "K3S015", "K3S016", "K3S017", "K3S018", "K3S019", "K3S020", "K3S021", "K3S022", "K3S023");
    }

    [Fact]
    public void HetzkubeMainStyle()
    {
        // hetzkube main: the same files without version = mkForce 3, so nixpkgs' version 2 applies with a
        // native containerd.runtimes block next to the legacy one: the legacy SystemdCgroup is likely dropped.
        var dir = FixturePaths.Of("hetzkube-style");
        var files = Directory.GetFiles(dir, "*.nix").Select(f => (Path.GetFileName(f), File.ReadAllText(f).Replace("        version = lib.mkForce 3;\n", ""))).ToArray();
        var r = LintHarness.Files(null, files);
        var mixed = Assert.Single(r.Of("K3S024", Warning));
        Assert.Contains("under version 2", mixed.Message);
        Assert.Contains("containerd.runtimes.runc.options.SystemdCgroup", mixed.Message);
        Assert.NotNull(mixed.Fix);
        Assert.Single(r.Of("K3S013", Warning));
    }

    [Fact]
    public void SiniStyle()
    {
        var r = LintHarness.Fixture("sini-style");
        var mode = Assert.Single(r.Of("K3S016", Warning));
        Assert.Contains("0644", mode.Message);
        Assert.Single(r.Of("K3S013", Warning));
        Assert.Single(r.Of("K3S013", Info));
        Assert.Contains(r.Of("K3S012", Warning), f => f.Message.StartsWith("6081"));
        Assert.Contains(r.Of("K3S012", Info), f => f.Message.StartsWith("51820"));
        var nft = Assert.Single(r.Of("K3S014", Warning));
        Assert.Contains("extraInputRules = ''\n            ip protocol vrrp accept\n", Assert.Single(nft.Fix!.NewTexts).Value);
        Assert.Contains(r.Of("K3S024", Warning), f => f.Message.Contains("external containerd") && f.Message.Contains("cgroupfs"));
        var legacy = Assert.Single(r.Of("K3S024", Warning), f => f.Message.Contains("version 3 ignores"));
        Assert.Contains("\"io.containerd.cri.v1.runtime\".cni = {", Assert.Single(legacy.Fix!.NewTexts).Value);
        Assert.Single(r.Of("K3S008", Warning));
        Assert.Contains(r.Of("K3S008", Info), f => f.Message.Contains("rp_filter"));
        Assert.Contains(r.Of("K3S006", Info), f => f.Message.Contains("ip_conntrack"));
        Assert.Contains(r.Of("K3S006", Info), f => f.Message.Contains("'bpf'"));
        Assert.Contains(r.Of("K3S021", Info), f => f.Message.Contains("--disable=traefik"));
        Assert.Contains(r.Of("K3S021", Info), f => f.Message.Contains("--node-name"));
        Assert.Contains(r.Of("K3S021", Info), f => f.Message.Contains("mkForce"));
        Assert.Equal(2, r.Of("K3S022", Info).Count());
        Assert.Single(r.Of("K3S023", Info));
        // §4 expects an info for the duplicate --tls-san (the peer list includes this host). In sini the peers
        // are den's k3s-nodes argument, collected at evaluation time from every host's k3s-nodes emitter and
        // sorted with builtins.sort: which entry is this host (its IP and name) only evaluation knows, so the
        // reader sees "--tls-san=${…}" holes and reports no duplicate rather than guess one (see
        // RuleTests.K3S021_DuplicateTlsSanFromALiteralPeerList for the shape it can know).
        Assert.DoesNotContain(r.Of("K3S021"), f => f.Message.Contains("--tls-san"));
        // Must not fire: clusterInit/serverAddr under the same shouldInit, valid disable items and complete
        // Cilium flags, agenix token, https serverAddr, persisted paths, den settings keys.
        None(r, "K3S018", "K3S001", "K3S002", "K3S003", "K3S004", "K3S015", "K3S020", "K3S025", "K3S019", "K3S000");
    }

    [Fact]
    public void VanixietsStyle()
    {
        var r = LintHarness.Fixture("vanixiets-style");
        Assert.Contains("'flannel'", Assert.Single(r.Of("K3S001", Error)).Message);
        var init = Assert.Single(r.Of("K3S018", Error));
        Assert.Contains("default of k3s-node.clusterInit", init.Message);
        Assert.Contains("cfg.serverAddr != null", init.Message);
        Assert.Contains(r.Of("K3S021", Warning), f => f.Message.Contains("--server="));
        Assert.Contains(r.Of("K3S024", Warning), f => f.Message.Contains("no --container-runtime-endpoint"));
        Assert.Contains(r.Of("K3S012", Info), f => f.Message.StartsWith("4789"));
        var etcd = Assert.Single(r.Of("K3S011", Info));
        Assert.Contains("k3s-node.clusterInit", etcd.Message);
        Assert.EndsWith("firewall.nix", etcd.Location.Path);
        Assert.Empty(r.Of("K3S011", Error));
        None(r, "K3S002", "K3S003", "K3S015", "K3S016");
    }

    [Fact]
    public void SpecCompleteExample()
    {
        var r = LintHarness.Fixture("spec-example");
        Assert.Single(r.Of("K3S001", Error));
        Assert.Contains("644", Assert.Single(r.Of("K3S016", Warning)).Message);
        Assert.Single(r.Of("K3S013", Warning));
        Assert.Single(r.Of("K3S011", Info));
        None(r, "K3S002", "K3S003", "K3S018", "K3S000");
    }
}

/// <summary>The older dendritic style (features.k3s.linux) of k3s-domain.md §4.</summary>
public sealed class OldDendriticStyleTests
{
    [Fact]
    public void SiniOldStyle()
    {
        var r = LintHarness.Fixture("sini-old-style");
        Assert.Contains(r.Of("K3S012", Info), f => f.Message.StartsWith("10250 is listed more than once"));
        Assert.Contains(r.Of("K3S024"), f => f.Message.Contains("disable_cgroup"));
        Assert.Contains(r.Of("K3S024"), f => f.Message.Contains("sandbox_image"));
        Assert.Empty(r.Of("K3S022"));
        // clusterInit and serverAddr sit under mkIf isLeader / mkIf (!isLeader): no K3S018.
        Assert.Empty(r.Of("K3S018"));
        Assert.Empty(r.Of("K3S025"));
        Assert.Empty(r.Of("K3S015"));
        Assert.Empty(r.Of("K3S000"));
    }
}

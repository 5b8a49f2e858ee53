using K3s.Modules.Linting;
using Nix.Syntax;

namespace K3s.Modules.Tests.Linting;

/// <summary>Each automatic fix: the output parses, only the edited span changes, and the finding is gone afterwards.</summary>
public sealed class FixTests
{
    private static string Fix(string rule, string text, string? expectedFragment = null)
    {
        var finding = LintHarness.Text(text).Of(rule).First(f => f.Fix is not null);
        var fixedText = LintHarness.Apply(finding.Fix!, text);
        if (expectedFragment is not null) Assert.Contains(expectedFragment, fixedText);
        var after = LintHarness.Text(fixedText).Of(rule).Where(f => f.Message == finding.Message);
        Assert.Empty(after);
        return fixedText;
    }

    private const string Head = "{ config, lib, ... }:\n{\n  services.k3s = {\n    enable = true;\n";
    private const string Tail = "  };\n}\n";

    [Fact]
    public void K3S001_ReplacesFlannelWithTheBackendFlag()
    {
        var text = Head + "    disable = [\n      \"traefik\"\n      \"flannel\" # no such item\n    ];\n    extraFlags = [\n      \"--disable-network-policy\"\n    ];\n" + Tail;
        var result = Fix("K3S001", text, "\"--flannel-backend=none\"");
        Assert.DoesNotContain("\"flannel\"", result);
        Assert.Contains("\"traefik\"", result);
    }

    [Fact]
    public void K3S001_RewritesADisableFlag() =>
        Fix("K3S001", Head + "    extraFlags = [ \"--disable=kube-proxy\" ];\n" + Tail, "\"--disable-kube-proxy\"");

    [Fact]
    public void K3S002_AddsFlannelBackendNone() =>
        Fix("K3S002", Head + "    extraFlags = [\n      \"--disable-kube-proxy\"\n    ];\n" + Tail, "      \"--flannel-backend=none\"");

    [Fact]
    public void K3S003_AddsDisableNetworkPolicy() =>
        Fix("K3S003", Head + "    extraFlags = [ \"--flannel-backend=none\" ];\n" + Tail, "\"--disable-network-policy\"");

    [Fact]
    public void K3S004_RemovesDeadFlannelFlag()
    {
        var result = Fix("K3S004", Head + "    extraFlags = [ \"--flannel-backend=none\" \"--flannel-iface=eth1\" ];\n" + Tail);
        Assert.DoesNotContain("flannel-iface", result);
    }

    [Fact]
    public void K3S006_AppendsModules() =>
        Fix("K3S006", Head + Tail.Replace("  };\n}", "  };\n  boot.kernelModules = [ \"overlay\" ];\n}"), "\"br_netfilter\" \"nf_conntrack\"");

    [Fact]
    public void K3S008_AddsIpForward() =>
        Fix("K3S008", Head + Tail.Replace("  };\n}", "  };\n  boot.kernel.sysctl = {\n    \"vm.swappiness\" = 10;\n  };\n}"), "    \"net.ipv4.ip_forward\" = 1;\n  };");

    [Fact]
    public void K3S008_AddsIpForwardWhenNoSysctlIsSet() =>
        Fix("K3S008", Head + Tail, "  };\n  boot.kernel.sysctl.\"net.ipv4.ip_forward\" = 1;\n}");

    [Fact]
    public void K3S008_AddsCiliumRpFilter()
    {
        var text = Head + "    extraFlags = [ \"--flannel-backend=none\" \"--disable-network-policy\" ];\n" + Tail.Replace("  };\n}", "  };\n  boot.kernel.sysctl = { \"net.ipv4.ip_forward\" = 1; };\n}");
        var finding = LintHarness.Text(text).Of("K3S008").Single();
        var result = LintHarness.Apply(finding.Fix!, text);
        Assert.Contains("boot.kernel.sysctl = { \"net.ipv4.ip_forward\" = 1; \"net.ipv4.conf.all.rp_filter\" = 0; \"net.ipv4.conf.lxc*.rp_filter\" = 0; };", result);
        Assert.Empty(LintHarness.Text(result).Of("K3S008"));
    }

    [Fact]
    public void K3S009_AddsKubeletTunables()
    {
        var text = Head + "    extraFlags = [ \"--protect-kernel-defaults\" ];\n" + Tail.Replace("  };\n}", "  };\n  boot.kernel.sysctl = { \"net.ipv4.ip_forward\" = 1; \"vm.panic_on_oom\" = 0; };\n}");
        var result = Fix("K3S009", text, "\"vm.overcommit_memory\" = 1; \"kernel.panic\" = 10; \"kernel.panic_on_oops\" = 1; };");
        Assert.Empty(LintHarness.Text(result).Of("K3S009"));
    }

    [Fact]
    public void K3S011_AddsEtcdPortsForHa() =>
        Fix("K3S011", Head + "    clusterInit = true;\n" + Tail.Replace("  };\n}", "  };\n  networking.firewall.allowedTCPPorts = [\n    6443\n    10250\n  ];\n}"), "    10250\n    2379 2380\n  ];");

    [Fact]
    public void K3S011_DropsEtcdPortsWhenNotHa()
    {
        var text = Head + Tail.Replace("  };\n}", "  };\n  networking.firewall.allowedTCPPorts = [ 6443 2379 2380 10250 ];\n}");
        var result = Fix("K3S011", text, "allowedTCPPorts = [ 6443 10250 ];");
        Assert.Empty(LintHarness.Text(result).Of("K3S011"));
    }

    [Fact]
    public void K3S023_SetsLogindInhibitDelay()
    {
        var text = Head + "    gracefulNodeShutdown.enable = true;\n" + Tail;
        var result = Fix("K3S023", text, "  };\n  services.logind.settings.Login.InhibitDelayMaxSec = \"30s\";\n}");
        Assert.Empty(LintHarness.Text(result).Of("K3S023"));
    }

    [Fact]
    public void K3S012_MovesUdpPort()
    {
        var result = Fix("K3S012", Head + Tail.Replace("  };\n}", "  };\n  networking.firewall.allowedTCPPorts = [ 6443 8472 ];\n  networking.firewall.allowedUDPPorts = [ 51871 ];\n}"));
        Assert.Contains("allowedUDPPorts = [ 51871 8472 ]", result);
        Assert.Contains("allowedTCPPorts = [ 6443 ]", result);
    }

    [Fact]
    public void K3S015_TokenBecomesTokenFile() =>
        Fix("K3S015", Head + "    token = \"s3cret\";\n" + Tail, "tokenFile = config.sops.secrets.k3s-token.path;");

    [Fact]
    public void K3S016_SafeModeWithGroup() =>
        Fix("K3S016", Head + "    extraFlags = [ \"--write-kubeconfig-mode=644\" ];\n" + Tail, "\"--write-kubeconfig-mode=0640\" \"--write-kubeconfig-group=wheel\"");

    [Fact]
    public void K3S016_FixesAFlagInsideALetBuiltString()
    {
        var text = "{ lib, ... }:\nlet flags = [ \"--write-kubeconfig-mode \\\"0644\\\"\" \"--disable traefik\" ]; in\n{\n  services.k3s.extraFlags = lib.concatStringsSep \" \" flags;\n}\n";
        Fix("K3S016", text, "--write-kubeconfig-mode=0640 --write-kubeconfig-group=wheel");
    }

    [Fact]
    public void K3S017_DoublesPercent() =>
        Fix("K3S017", Head + "    extraFlags = [ \"--kubelet-arg=eviction-hard=memory.available<5%\" ];\n" + Tail, "<5%%");

    [Fact]
    public void K3S020_NormalisesAddress() =>
        Fix("K3S020", Head + "    serverAddr = \"10.0.0.1\";\n" + Tail, "\"https://10.0.0.1:6443\"");

    [Fact]
    public void K3S022_RenamesToSuggestion() =>
        Fix("K3S022", Head + "    extraFlags = [ \"--flanel-backend=none\" ];\n" + Tail, "\"--flannel-backend=none\"");

    [Fact]
    public void K3S025_AppendsDirectories() =>
        Fix("K3S025", Head + Tail.Replace("  };\n}", "  };\n  environment.persistence.\"/persist\".directories = [ \"/var/lib/rancher\" ];\n}"), "\"/etc/rancher\" \"/var/lib/kubelet\"");

    [Fact]
    public void K3S021_MovesNodeNameFlagIntoTypedOption()
    {
        var result = Fix("K3S021", Head + "    extraFlags = [\n      \"--node-name=n1\"\n      \"--disable-kube-proxy\"\n    ];\n" + Tail, "    nodeName = \"n1\";\n    extraFlags = [");
        Assert.DoesNotContain("--node-name", result);
        Assert.Contains("\"--disable-kube-proxy\"", result);
    }

    [Fact]
    public void K3S021_MovesServerAndDisableFlags()
    {
        var server = Fix("K3S021", "{ ... }:\n{\n  services.k3s.enable = true;\n  services.k3s.extraFlags = [ \"--server https://a:6443\" ];\n}\n", "  services.k3s.serverAddr = \"https://a:6443\";\n  services.k3s.extraFlags = [ ];");
        Assert.DoesNotContain("--server", server);
        var disable = Fix("K3S021", Head + "    extraFlags = [ \"--disable=traefik\" \"--tls-san=a\" ];\n" + Tail, "disable = [ \"traefik\" ];");
        Assert.DoesNotContain("--disable", disable);
    }

    [Fact]
    public void K3S021_MovesAFlagThatSharesAListElement()
    {
        var text = Head + "    extraFlags = [ \"--node-name=n1 --tls-san=a\" \"--tls-san=b\" ];\n" + Tail;
        var result = Fix("K3S021", text);
        Assert.Equal(text.Replace("    extraFlags = [ \"--node-name=n1 --tls-san=a\"", "    nodeName = \"n1\";\n    extraFlags = [ \"--tls-san=a\""), result);
    }

    [Fact]
    public void K3S021_MovesAFlagOutOfAStringExtraFlags()
    {
        var text = Head + "    extraFlags = \"--tls-san=a --disable traefik\";\n" + Tail;
        var finding = Assert.Single(LintHarness.Text(text).Of("K3S021"), f => f.Message.Contains("--disable=traefik"));
        var result = LintHarness.Apply(finding.Fix!, text);
        Assert.Equal(text.Replace("    extraFlags = \"--tls-san=a --disable traefik\"", "    disable = [ \"traefik\" ];\n    extraFlags = \"--tls-san=a\""), result);
        Assert.DoesNotContain(LintHarness.Text(result).Of("K3S021"), f => f.Message.Contains("--disable"));
    }

    [Fact]
    public void K3S021_NoFixWhenTheSharedStringIsInterpolated() =>
        Assert.DoesNotContain(LintHarness.Text("{ x, ... }:\n{\n  services.k3s.enable = true;\n  services.k3s.extraFlags = [ \"--node-name=n1 --tls-san=${x}\" ];\n}\n").Of("K3S021"), f => f.Fix is not null);

    [Fact]
    public void K3S018_RemovesClusterInitBinding()
    {
        var text = Head + "    clusterInit = true;\n    serverAddr = \"https://a:6443\";\n" + Tail;
        var result = Fix("K3S018", text);
        Assert.Equal(text.Replace("    clusterInit = true;\n", ""), result);
    }

    [Fact]
    public void K3S018_RemovesClusterInitUnderMkDefaultInNestedSets()
    {
        var text = "{ lib, ... }:\n{\n  services = {\n    k3s = {\n      enable = true;\n      clusterInit = lib.mkDefault true;\n      serverAddr = \"https://a:6443\";\n    };\n  };\n}\n";
        Assert.Equal(text.Replace("      clusterInit = lib.mkDefault true;\n", ""), Fix("K3S018", text));
    }

    [Fact]
    public void K3S018_RemovesClusterInitUnderMkOverrideInAMergedSet()
    {
        var text = "{ lib, ... }:\n{\n  services.k3s = lib.mkMerge [\n    { enable = true; serverAddr = \"https://a:6443\"; }\n    { clusterInit = lib.mkOverride 900 (true); }\n  ];\n}\n";
        Assert.Equal(text.Replace("clusterInit = lib.mkOverride 900 (true);", ""), Fix("K3S018", text));
    }

    [Fact]
    public void K3S018_RemovesClusterInitFlag()
    {
        var result = Fix("K3S018", Head + "    serverAddr = \"https://a:6443\";\n    extraFlags = [ \"--cluster-init\" \"--tls-san=a\" ];\n" + Tail, "extraFlags = [ \"--tls-san=a\" ];");
        Assert.DoesNotContain("--cluster-init", result);
    }

    [Fact]
    public void K3S024_BinDirBecomesBinDirs() =>
        Fix("K3S024", Head + Tail.Replace("  };\n}", "  };\n  virtualisation.containerd.enable = true;\n  virtualisation.containerd.settings.plugins.\"io.containerd.grpc.v1.cri\".cni.bin_dir = \"/opt/cni/bin\";\n}"), "cni.bin_dirs = [ \"/opt/cni/bin\" ];");

    private const string Nftables = "{ lib, ... }:\n{\n  networking.nftables.enable = true;\n  networking.firewall = {\n    enable = true;\n    extraCommands = ''\n";
    private const string NftablesTail = "    '';\n  };\n}\n";

    [Fact]
    public void K3S014_TranslatesIptablesRulesToExtraInputRules()
    {
        var text = Nftables
            + "      # keepalived and the API\n"
            + "      iptables -A nixos-fw -p vrrp -j nixos-fw-accept\n"
            + "      iptables -A nixos-fw -p tcp --dport 6443 -s 10.0.0.0/24 -j nixos-fw-accept\n"
            + "      ip46tables -A nixos-fw -i wg+ -p udp --dport 30000:32767 -j nixos-fw-accept\n"
            + "      ip6tables -I nixos-fw -p tcp -m tcp --dport 10250 -j ACCEPT\n"
            + "      iptables -A nixos-fw -p tcp -m multiport --dports 80,443 -j nixos-fw-accept\n"
            + NftablesTail;
        var result = Fix("K3S014", text);
        var expected = text.Replace("extraCommands", "extraInputRules")
            .Replace("iptables -A nixos-fw -p vrrp -j nixos-fw-accept", "ip protocol vrrp accept")
            .Replace("iptables -A nixos-fw -p tcp --dport 6443 -s 10.0.0.0/24 -j nixos-fw-accept", "ip saddr 10.0.0.0/24 tcp dport 6443 accept")
            .Replace("ip46tables -A nixos-fw -i wg+ -p udp --dport 30000:32767 -j nixos-fw-accept", "iifname \"wg*\" udp dport 30000-32767 accept")
            .Replace("ip6tables -I nixos-fw -p tcp -m tcp --dport 10250 -j ACCEPT", "meta nfproto ipv6 tcp dport 10250 accept")
            .Replace("iptables -A nixos-fw -p tcp -m multiport --dports 80,443 -j nixos-fw-accept", "meta nfproto ipv4 tcp dport { 80, 443 } accept");
        Assert.Equal(expected, result);
        Assert.Empty(LintHarness.Text(result).Of("K3S014"));
    }

    [Fact]
    public void K3S014_TranslatesADottedBindingUnderMkAfter()
    {
        var text = "{ lib, ... }:\n{\n  networking.firewall.backend = \"nftables\";\n  networking.firewall.extraCommands = lib.mkAfter \"iptables -A nixos-fw -i eth1 -p tcp --dport 22 -j nixos-fw-accept\";\n}\n";
        var result = Fix("K3S014", text);
        Assert.Equal(text.Replace("extraCommands = lib.mkAfter \"iptables -A nixos-fw -i eth1 -p tcp --dport 22 -j nixos-fw-accept\"",
            "extraInputRules = lib.mkAfter \"meta nfproto ipv4 iifname \\\"eth1\\\" tcp dport 22 accept\""), result);
    }

    [Fact]
    public void K3S014_NoFixWhenALineCannotBeTranslated()
    {
        var text = Nftables + "      iptables -A nixos-fw -p tcp --dport 22 -j nixos-fw-accept\n      iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-port 8080\n" + NftablesTail;
        var finding = Assert.Single(LintHarness.Text(text).Of("K3S014"));
        Assert.Null(finding.Fix);
        Assert.Contains("no automatic fix: 'iptables -t nat -A PREROUTING", finding.Message);
    }

    private const string Containerd = "{ lib, ... }:\n{\n  virtualisation.containerd = {\n    enable = true;\n    settings = {\n      version = lib.mkForce 3;\n";
    private const string ContainerdTail = "    };\n  };\n}\n";

    [Fact]
    public void K3S024_MovesDottedLegacyKeysToTheNativePluginIds()
    {
        var text = Containerd
            + "      plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options.SystemdCgroup = true;\n"
            + "      plugins.\"io.containerd.grpc.v1.cri\".cni.bin_dir = lib.mkForce \"/opt/cni/bin\";\n"
            + "      plugins.\"io.containerd.grpc.v1.cri\".disable_hugetlb_controller = true;\n"
            + "      plugins.\"io.containerd.grpc.v1.cri\".registry.config_path = \"/etc/containerd/certs.d\";\n"
            + "      plugins.\"io.containerd.grpc.v1.cri\".containerd.snapshotter = \"overlayfs\";\n"
            + "      plugins.\"io.containerd.grpc.v1.cri\".sandbox_image = \"registry.k8s.io/pause:3.10\";\n"
            + "      plugins.\"io.containerd.grpc.v1.cri\".stream_server_port = \"10010\";\n"
            + "      plugins.\"io.containerd.cri.v1.runtime\".containerd.runtimes.runc.cgroup_writable = true;\n"
            + ContainerdTail;
        var result = Fix("K3S024", text);
        var expected = text
            .Replace("\"io.containerd.grpc.v1.cri\".containerd.runtimes", "\"io.containerd.cri.v1.runtime\".containerd.runtimes")
            .Replace("\"io.containerd.grpc.v1.cri\".cni", "\"io.containerd.cri.v1.runtime\".cni")
            .Replace("\"io.containerd.grpc.v1.cri\".disable_hugetlb_controller", "\"io.containerd.cri.v1.runtime\".disable_hugetlb_controller")
            .Replace("\"io.containerd.grpc.v1.cri\".registry", "\"io.containerd.cri.v1.images\".registry")
            .Replace("\"io.containerd.grpc.v1.cri\".containerd.snapshotter", "\"io.containerd.cri.v1.images\".snapshotter")
            .Replace("\"io.containerd.grpc.v1.cri\".sandbox_image", "\"io.containerd.cri.v1.images\".pinned_images.sandbox");
        // The streaming-server key is read under the legacy id in containerd 2.x too: it stays.
        Assert.Contains("plugins.\"io.containerd.grpc.v1.cri\".stream_server_port", expected);
        Assert.Equal(expected, result);
        Assert.Empty(LintHarness.Text(result).Of("K3S024"));
    }

    [Fact]
    public void K3S024_MovesNestedLegacySets()
    {
        var text = Containerd
            + "      plugins = {\n"
            + "        \"io.containerd.grpc.v1.cri\".cni = {\n          bin_dir = lib.mkForce \"/opt/cni/bin\";\n          conf_dir = \"/etc/cni/net.d\";\n        };\n"
            + "        \"io.containerd.grpc.v1.cri\" = {\n          containerd.runtimes.runc.options.SystemdCgroup = true;\n          enable_selinux = false;\n        };\n"
            + "        \"io.containerd.cri.v1.images\".snapshotter = \"overlayfs\";\n"
            + "      };\n"
            + ContainerdTail;
        var result = Fix("K3S024", text);
        Assert.Equal(text.Replace("\"io.containerd.grpc.v1.cri\"", "\"io.containerd.cri.v1.runtime\""), result);
        Assert.Empty(LintHarness.Text(result).Of("K3S024"));
    }

    [Fact]
    public void K3S024_NoMoveForASetMixingRuntimeAndImageKeys()
    {
        var text = Containerd
            + "      plugins.\"io.containerd.grpc.v1.cri\" = {\n        sandbox_image = \"registry.k8s.io/pause:3.10\";\n        containerd.runtimes.runc.options.SystemdCgroup = true;\n      };\n"
            + ContainerdTail;
        var finding = Assert.Single(LintHarness.Text(text).Of("K3S024"), f => f.Message.Contains("version 3 ignores"));
        Assert.Null(finding.Fix);
    }

    [Fact]
    public void K3S024_MovesLegacyKeysMixedWithNativeUnderVersion2()
    {
        var text = Containerd.Replace("lib.mkForce 3", "2")
            + "      plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options.SystemdCgroup = true;\n"
            + "      plugins.\"io.containerd.cri.v1.runtime\".containerd.runtimes.runc.cgroup_writable = true;\n"
            + ContainerdTail;
        var result = Fix("K3S024", text);
        Assert.Equal(text.Replace("\"io.containerd.grpc.v1.cri\"", "\"io.containerd.cri.v1.runtime\""), result);
    }

    [Fact]
    public void FixesAreNeverOfferedForFilesWithSyntaxErrors()
    {
        var result = LintHarness.Text(Head + "    extraFlags = [ \"--write-kubeconfig-mode=644\" ]\n" + Tail);
        Assert.Contains(result.Findings, f => f.RuleId.StartsWith("NIX"));
        Assert.Empty(result.Of("K3S016"));
        Assert.DoesNotContain(result.Findings, f => f.Fix is not null);
    }
}

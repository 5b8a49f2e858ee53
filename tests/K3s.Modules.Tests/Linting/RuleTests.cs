using K3s.Modules.Linting;
using static Nix.Syntax.Diagnostics.DiagnosticSeverity;

namespace K3s.Modules.Tests.Linting;

/// <summary>One case where each rule fires and one where it must not.</summary>
public sealed class RuleTests
{
    private static LintResult K3s(string body, string extra = "") => LintHarness.Text($$"""
        { config, lib, pkgs, ... }:
        {
          services.k3s = {
            enable = true;
        {{body}}
          };
        {{extra}}
        }
        """);

    [Fact]
    public void K3S000_NoK3s()
    {
        Assert.Single(LintHarness.Text("{ networking.hostName = \"a\"; }").Of("K3S000"));
        Assert.Empty(K3s("").Of("K3S000"));
    }

    [Fact]
    public void K3S000_OncePerHost_AtTheRootFile_NotPerLibraryModule()
    {
        // One host of three files (root imports two): one K3S000, at the root's first byte.
        var host = LintHarness.Files(null,
            ("default.nix", "{ imports = [ ./a.nix ./b.nix ]; }"),
            ("a.nix", "{ networking.hostName = \"a\"; }"),
            ("b.nix", "{ boot.kernelModules = [ \"overlay\" ]; }"));
        var finding = Assert.Single(host.Of("K3S000"));
        Assert.EndsWith("default.nix", finding.Location.Path);
        Assert.Equal(0, finding.Location.Span.Start);
        Assert.Contains("3 file(s)", finding.Message);

        // Many standalone modules that nothing imports (a module library like home-manager): no K3S000 each.
        var library = LintHarness.Files(null,
            ("x.nix", "{ programs.x.enable = true; }"),
            ("y.nix", "{ programs.y.enable = true; }"),
            ("z.nix", "{ programs.z.enable = true; }"));
        Assert.Empty(library.Of("K3S000"));

        // Next to a real host (a root with imports), only that host gets it.
        var mixed = LintHarness.Files(null,
            ("default.nix", "{ imports = [ ./a.nix ]; }"),
            ("a.nix", "{ networking.hostName = \"a\"; }"),
            ("y.nix", "{ programs.y.enable = true; }"));
        Assert.EndsWith("default.nix", Assert.Single(mixed.Of("K3S000")).Location.Path);
    }

    [Fact]
    public void K3S001_DisableItems()
    {
        var r = K3s("disable = [ \"traefik\" \"kube-proxy\" ]; extraFlags = [ \"--disable=servicelb,network-policy\" ];");
        Assert.Equal(2, r.Of("K3S001", Error).Count());
        Assert.Contains(r.Of("K3S001"), f => f.Message.Contains("'kube-proxy'") && f.Message.Contains("--disable-kube-proxy"));
        Assert.Contains(r.Of("K3S001"), f => f.Message.Contains("'network-policy'"));
        Assert.Empty(K3s("disable = [ \"traefik\" \"servicelb\" \"local-storage\" ]; extraFlags = [ \"--disable coredns\" ];").Of("K3S001"));
    }

    [Fact]
    public void K3S002_ExternalCniWithoutFlannelNone()
    {
        var r = K3s("extraFlags = [ \"--disable-kube-proxy\" ];");
        Assert.Contains("--disable-kube-proxy", Assert.Single(r.Of("K3S002", Error)).Message);
        Assert.Empty(K3s("extraFlags = [ \"--disable-kube-proxy\" \"--flannel-backend=none\" ];").Of("K3S002"));
        Assert.Empty(K3s("extraFlags = [ \"--disable-kube-proxy\" ] ++ config.x.flags;").Of("K3S002"));
    }

    [Fact]
    public void K3S003_NetworkPolicy()
    {
        Assert.Single(K3s("extraFlags = [ \"--flannel-backend=none\" ];").Of("K3S003", Warning));
        Assert.Empty(K3s("extraFlags = [ \"--flannel-backend=none\" \"--disable-network-policy\" ];").Of("K3S003"));
    }

    [Fact]
    public void K3S004_DeadFlannelFlags()
    {
        var r = K3s("extraFlags = [ \"--flannel-backend=none\" \"--disable-network-policy\" \"--flannel-iface=eth1\" ];");
        Assert.Contains(r.Of("K3S004", Info), f => f.Message.Contains("--flannel-iface=eth1"));
        Assert.Empty(K3s("extraFlags = [ \"--flannel-iface=eth1\" ];").Of("K3S004"));
    }

    [Fact]
    public void K3S005_BundledComponents()
    {
        Assert.Single(K3s("disable = [ \"traefik\" ]; extraFlags = [ \"--flannel-backend=none\" ];").Of("K3S005", Info));
        Assert.Empty(K3s("disable = [ \"traefik\" \"servicelb\" ]; extraFlags = [ \"--flannel-backend=none\" ];").Of("K3S005"));
        Assert.Empty(K3s("disable = [ ];").Of("K3S005"));
    }

    [Fact]
    public void K3S006_KernelModules()
    {
        var r = K3s("", "boot.kernelModules = [ \"overlay\" ];");
        Assert.Contains("br_netfilter", Assert.Single(r.Of("K3S006", Warning)).Message);
        Assert.Empty(K3s("", "boot.kernelModules = [ \"overlay\" \"br_netfilter\" \"nf_conntrack\" ];").Of("K3S006", Warning));
        Assert.Empty(K3s("", "boot.kernelModules = [ \"overlay\" ] ++ config.extra;").Of("K3S006", Warning));
    }

    [Fact]
    public void K3S007_BridgeSysctl()
    {
        Assert.Single(K3s("", "boot.kernelModules = [ \"overlay\" ]; boot.kernel.sysctl.\"net.bridge.bridge-nf-call-iptables\" = 1;").Of("K3S007", Error));
        Assert.Empty(K3s("", "boot.kernelModules = [ \"br_netfilter\" ]; boot.kernel.sysctl.\"net.bridge.bridge-nf-call-iptables\" = 1;").Of("K3S007"));
    }

    [Fact]
    public void K3S008_Forwarding()
    {
        Assert.Single(K3s("").Of("K3S008", Warning));
        Assert.Empty(K3s("", "boot.kernel.sysctl.\"net.ipv4.ip_forward\" = 1;").Of("K3S008"));
    }

    [Fact]
    public void K3S009_ProtectKernelDefaults()
    {
        var r = K3s("extraFlags = [ \"--protect-kernel-defaults\" ];", "boot.kernel.sysctl.\"vm.overcommit_memory\" = 1;");
        var f = Assert.Single(r.Of("K3S009", Error));
        Assert.Contains("kernel.panic=10", f.Message);
        Assert.DoesNotContain("vm.overcommit_memory", f.Message);
        Assert.Empty(K3s("extraFlags = [ ];").Of("K3S009"));
    }

    [Fact]
    public void K3S010_ApiServerPort()
    {
        Assert.Single(K3s("", "networking.firewall.allowedTCPPorts = [ 22 ];").Of("K3S010", Error));
        Assert.Empty(K3s("", "networking.firewall.allowedTCPPorts = [ 6443 ];").Of("K3S010"));
        Assert.Empty(K3s("", "networking.firewall.enable = false;").Of("K3S010"));
    }

    [Fact]
    public void K3S011_EtcdPorts()
    {
        Assert.Single(K3s("clusterInit = true;", "networking.firewall.allowedTCPPorts = [ 6443 10250 ];").Of("K3S011", Error));
        Assert.Empty(K3s("clusterInit = true;", "networking.firewall.allowedTCPPorts = [ 6443 10250 2379 2380 ];").Of("K3S011"));
        Assert.Single(K3s("", "networking.firewall.allowedTCPPorts = [ 6443 2379 2380 ];").Of("K3S011", Info));
    }

    [Fact]
    public void K3S012_OverlayPorts()
    {
        var r = K3s("", "networking.firewall.allowedTCPPorts = [ 6443 8472 ]; networking.firewall.allowedUDPPorts = [ 6443 ];");
        Assert.Equal(2, r.Of("K3S012", Warning).Count());
        Assert.Single(K3s("", "networking.firewall.allowedTCPPorts = [ 6443 10250 10250 ];").Of("K3S012", Info));
        Assert.Empty(K3s("", "networking.firewall.allowedTCPPorts = [ 6443 ]; networking.firewall.allowedUDPPorts = [ 8472 ];").Of("K3S012"));
    }

    [Fact]
    public void K3S013_FirewallDisabled()
    {
        Assert.Single(LintHarness.Text("{ lib, ... }: { networking.firewall.enable = lib.mkForce false; }").Of("K3S013", Warning));
        Assert.Empty(LintHarness.Text("{ lib, ... }: { networking.firewall.enable = lib.mkIf false false; }").Of("K3S013"));
        Assert.Empty(LintHarness.Text("{ networking.firewall.enable = true; }").Of("K3S013"));
    }

    [Fact]
    public void K3S014_NftablesExtraCommands()
    {
        Assert.Single(LintHarness.Text("{ networking.nftables.enable = true; networking.firewall.extraCommands = \"iptables -A x\"; }").Of("K3S014", Warning));
        Assert.Empty(LintHarness.Text("{ networking.firewall.extraCommands = \"iptables -A x\"; }").Of("K3S014"));
    }

    [Fact]
    public void K3S015_Secrets()
    {
        Assert.Single(K3s("token = \"s3cret\";").Of("K3S015", Error));
        Assert.Single(K3s("tokenFile = ./token;").Of("K3S015", Error));
        Assert.Single(K3s("extraFlags = [ \"-t\" \"abc\" ];").Of("K3S015", Error));
        Assert.Empty(K3s("tokenFile = config.sops.secrets.k3s.path;").Of("K3S015"));
        Assert.Empty(K3s("tokenFile = \"/run/secrets/k3s\";").Of("K3S015"));
    }

    [Fact]
    public void K3S016_KubeconfigMode()
    {
        Assert.Single(K3s("extraFlags = [ \"--write-kubeconfig-mode=0644\" ];").Of("K3S016", Warning));
        Assert.Single(K3s("extraFlags = \"--write-kubeconfig-mode '666'\";").Of("K3S016", Warning));
        Assert.Empty(K3s("extraFlags = [ \"--write-kubeconfig-mode=0640\" ];").Of("K3S016"));
    }

    [Fact]
    public void K3S017_SystemdSpecifiers()
    {
        Assert.Single(K3s("extraFlags = [ \"--kubelet-arg=eviction-hard=memory.available<5%\" ];").Of("K3S017", Error));
        Assert.Single(K3s("extraFlags = [ \"--node-name=$HOST\" ];").Of("K3S017", Error));
        Assert.Empty(K3s("extraFlags = [ \"--kubelet-arg=eviction-hard=memory.available<5%%\" ];").Of("K3S017"));
    }

    [Fact]
    public void K3S018_ClusterInitWithServer()
    {
        Assert.Single(K3s("clusterInit = true; serverAddr = \"https://a:6443\";").Of("K3S018", Error));
        Assert.Empty(K3s("clusterInit = lib.mkIf config.first true; serverAddr = lib.mkIf (!config.first) \"https://a:6443\";").Of("K3S018"));
        Assert.Empty(K3s("clusterInit = config.first; serverAddr = \"https://a:6443\";").Of("K3S018"));
    }

    [Fact]
    public void K3S019_AgentRole()
    {
        var r = K3s("role = \"agent\"; clusterInit = true; extraFlags = [ \"--tls-san=x\" ];");
        Assert.Single(r.Of("K3S019", Error));
        Assert.Contains(r.Of("K3S019", Warning), f => f.Message.Contains("serverAddr"));
        Assert.Contains(r.Of("K3S019", Warning), f => f.Message.Contains("--tls-san"));
        Assert.Empty(K3s("role = \"agent\"; serverAddr = \"https://a:6443\"; tokenFile = \"/run/t\";").Of("K3S019"));
    }

    [Fact]
    public void K3S020_ServerAddress()
    {
        Assert.Single(K3s("serverAddr = \"10.0.0.1:6443\";").Of("K3S020", Error));
        Assert.Single(K3s("serverAddr = \"http://10.0.0.1:6443\";").Of("K3S020", Error));
        Assert.Single(K3s("serverAddr = \"https://10.0.0.1\";").Of("K3S020", Error));
        Assert.Empty(K3s("serverAddr = \"https://${config.leader}:6443\";").Of("K3S020"));
        Assert.Empty(K3s("serverAddr = config.leader;").Of("K3S020"));
    }

    [Fact]
    public void K3S021_DuplicateTlsSanFromALiteralPeerList()
    {
        // The sini shape with the peers written down: this host's own SAN and the mapped peer list both hold 10.0.0.1.
        var text = "{ lib, ... }:\nlet\n  self = \"10.0.0.1\";\n  peers = [ \"10.0.0.1\" \"10.0.0.2\" ];\n  flags = [ \"--tls-san=${self}\" ] ++ map (p: \"--tls-san=${p}\") peers;\nin\n{\n  services.k3s = {\n    enable = true;\n    extraFlags = lib.mkForce (lib.concatStringsSep \" \" flags);\n  };\n}\n";
        var duplicate = Assert.Single(LintHarness.Text(text).Of("K3S021", Info), f => f.Message.Contains("--tls-san"));
        Assert.Equal("--tls-san=10.0.0.1 is given 2 times", duplicate.Message);
        Assert.DoesNotContain(LintHarness.Text(text.Replace("[ \"10.0.0.1\" \"10.0.0.2\" ]", "[ \"10.0.0.2\" \"10.0.0.3\" ]")).Of("K3S021"), f => f.Message.Contains("--tls-san"));
    }

    [Fact]
    public void K3S021_Duplicates()
    {
        var r = K3s("nodeName = \"a\"; extraFlags = [ \"--node-name=a\" \"--cluster-cidr=10.42.0.0/16\" \"--cluster-domain=a\" \"--cluster-domain=b\" ];");
        Assert.Contains(r.Of("K3S021", Warning), f => f.Message.Contains("duplicates services.k3s.nodeName"));
        Assert.Contains(r.Of("K3S021", Warning), f => f.Message.Contains("--cluster-domain is given 2 times"));
        Assert.Empty(K3s("nodeName = \"a\"; extraFlags = [ \"--cluster-domain=a\" ];").Of("K3S021"));
    }

    [Fact]
    public void K3S022_UnknownFlags()
    {
        var r = K3s("extraFlags = [ \"--flanel-backend=none\" \"--no-deploy=traefik\" \"--kubelet-arg=--max-pods=200\" ];");
        Assert.Contains("--flannel-backend", Assert.Single(r.Of("K3S022", Error)).Message);
        Assert.Single(r.Of("K3S022", Warning));
        Assert.Single(r.Of("K3S022", Info));
        Assert.Empty(K3s("extraFlags = [ \"--image-service-endpoint=/run/x.sock\" \"--kubelet-arg=max-pods=200\" ];").Of("K3S022"));
    }

    [Fact]
    public void K3S023_GracefulShutdown()
    {
        var r = K3s("gracefulNodeShutdown = { enable = true; shutdownGracePeriod = \"30 s\"; shutdownGracePeriodCriticalPods = \"1m\"; };");
        Assert.Contains(r.Of("K3S023", Error), f => f.Message.Contains("not a Go duration"));
        Assert.Contains(r.Of("K3S023", Error), f => f.Message.Contains("1m") || f.Message.Contains("60s") || f.Message.Contains("shorter"));
        var ok = K3s("gracefulNodeShutdown = { enable = true; shutdownGracePeriod = \"1m\"; };", "services.logind.settings.Login.InhibitDelayMaxSec = 90;");
        Assert.Empty(ok.Of("K3S023"));
    }

    [Fact]
    public void K3S024_Containerd()
    {
        Assert.Single(K3s("", "virtualisation.containerd.settings.plugins.\"io.containerd.grpc.v1.cri\".x = 1;").Of("K3S024", Warning));
        Assert.Empty(K3s("extraFlags = [ \"--container-runtime-endpoint=/run/containerd/containerd.sock\" ];",
            "virtualisation.containerd.enable = true; virtualisation.containerd.settings.plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options.SystemdCgroup = true;").Of("K3S024"));
    }

    [Fact]
    public void K3S025_Impermanence()
    {
        Assert.Single(K3s("", "environment.persistence.\"/persist\".directories = [ \"/var/lib/rancher\" ];").Of("K3S025", Info));
        Assert.Empty(K3s("extraFlags = [ \"--container-runtime-endpoint=/run/containerd/containerd.sock\" ];",
            "environment.persistence.\"/persist\".directories = [ \"/var/lib/rancher\" \"/etc/rancher\" { directory = \"/var/lib/kubelet\"; } ];").Of("K3S025"));
    }

    [Fact]
    public void EveryRunningRuleIsInTheCatalogue()
    {
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), Linter.ImplementedRules);
        Assert.All(RuleCatalog.All, r => Assert.True(r.Explanation.Length > 80, r.Id));
    }
}

/// <summary>Conditions that only evaluation decides never produce a K3S018 finding when they exclude each other.</summary>
public sealed class ConditionTests
{
    [Theory]
    [InlineData("if a && b then { clusterInit = true; } else { serverAddr = \"https://x:6443\"; }")]
    [InlineData("lib.mkMerge [ (lib.mkIf (a && b) { clusterInit = true; }) (lib.mkIf (!(a && b)) { serverAddr = \"https://x:6443\"; }) ]")]
    public void ExclusiveCompoundConditionsDoNotFire(string k3s)
    {
        var text = "{ lib, a, b, ... }: { services.k3s = " + k3s + "; }";
        Assert.Empty(LintHarness.Text(text).Of("K3S018"));
        Assert.Single(LintHarness.Text(text.Replace("!(a && b)", "(a && b)").Replace("if a && b then", "if true then { clusterInit = true; serverAddr = \"https://x:6443\"; } else if a then")).Of("K3S018"));
    }
}

/// <summary>K3S018's warning across the hosts of one run.</summary>
public sealed class CriticalValuesTests
{
    private static string Server(string init, string flags) =>
        "{ services.k3s = { enable = true; " + init + " extraFlags = [ " + flags + " ]; }; }";

    [Fact]
    public void DifferentCriticalValuesAcrossHaServers()
    {
        var r = LintHarness.Files(null,
            ("a.nix", Server("clusterInit = true;", "\"--cluster-cidr=10.42.0.0/16\" \"--flannel-backend=none\"")),
            ("b.nix", Server("serverAddr = \"https://a:6443\";", "\"--cluster-cidr=10.52.0.0/16\" \"--flannel-backend=none\"")));
        var f = Assert.Single(r.Of("K3S018", Nix.Syntax.Diagnostics.DiagnosticSeverity.Warning));
        Assert.Contains("--cluster-cidr 10.42.0.0/16 vs 10.52.0.0/16", f.Message);
        var same = LintHarness.Files(null,
            ("a.nix", Server("clusterInit = true;", "\"--cluster-cidr=10.42.0.0/16\"")),
            ("b.nix", Server("serverAddr = \"https://a:6443\";", "\"--cluster-cidr=10.42.0.0/16\"")));
        Assert.Empty(same.Of("K3S018"));
    }
}

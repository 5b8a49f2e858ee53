using K3s.Modules.Values;

namespace K3s.Modules.Profiles;

/// <summary>The building blocks the profiles share, with the design document's explanations as comments.</summary>
public static class ProfileParts
{
    /// <summary>The design document's kernel modules, each with its purpose.</summary>
    public static EquatableList<KernelModule> KernelModules { get; } =
    [
        new("br_netfilter", "Bridge netfilter support for iptables"),
        new("nf_conntrack", "Connection tracking for stateful firewalling"),
        new("overlay", "OverlayFS for container layers"),
        new("ip_tables", "IPv4 firewall rules"),
        new("ip6_tables", "IPv6 firewall rules"),
        new("ip6table_mangle", "IPv6 packet mangling (Cilium)"),
        new("ip6table_raw", "IPv6 raw table access (Cilium)"),
        new("ip6table_filter", "IPv6 filtering (Cilium)"),
    ];

    /// <summary>The design document's sysctls, in its order.</summary>
    public static EquatableList<Sysctl> Sysctls { get; } =
    [
        new("net.ipv4.ip_forward", 1),
        new("net.ipv6.conf.all.forwarding", 1),
        new("net.ipv6.conf.default.forwarding", 1),
        new("net.bridge.bridge-nf-call-iptables", 1),
        new("net.bridge.bridge-nf-call-ip6tables", 1),
        new("net.ipv4.conf.lxc*.rp_filter", 0),
        new("vm.overcommit_memory", 1),
        new("kernel.panic", 10),
        new("kernel.panic_on_oops", 1),
    ];

    /// <summary>The comments the design document's sysctl section puts above groups of keys.</summary>
    /// <param name="module">A module with <see cref="Sysctls"/>.</param>
    /// <returns>The module with the comments.</returns>
    public static K3sNodeModule WithSysctlRemarks(this K3sNodeModule module) => module
        .WithRemark(SysctlPath("net.ipv4.ip_forward"), Remark.Above("IPv4 forwarding for pod networking"))
        .WithRemark(SysctlPath("net.ipv6.conf.all.forwarding"), Remark.Above("IPv6 forwarding for dual-stack support"))
        .WithRemark(SysctlPath("net.bridge.bridge-nf-call-iptables"), Remark.Above("Bridge traffic passes through iptables"))
        .WithRemark(SysctlPath("net.ipv4.conf.lxc*.rp_filter"), Remark.Above("Cilium-specific: disable reverse path filtering on lxc interfaces"))
        .WithRemark(SysctlPath("vm.overcommit_memory"), Remark.Above("Kubelet stability settings"));

    private static string SysctlPath(string key) => OptionPaths.Sysctl.Append(key).ToString();

    /// <summary>The TCP ports of the design document's table, with service and description.</summary>
    /// <param name="ha">Whether to include the etcd ports (HA with embedded etcd only).</param>
    /// <returns>The ports.</returns>
    public static EquatableList<FirewallPort> TcpPorts(bool ha) =>
    [
        new(6443, "kube-apiserver: Kubernetes API server"),
        new(10250, "kubelet: Kubelet metrics and exec API"),
        .. ha ? new FirewallPort[] { new(2379, "etcd: etcd client requests (HA mode)"), new(2380, "etcd: etcd peer communication (HA mode)") } : [],
        new(4240, "Cilium: Cilium health check"),
        new(4244, "Hubble: Hubble observability API"),
    ];

    /// <summary>The UDP port Cilium's VXLAN overlay uses (8472; the design document's 4789 "fallback" does not exist).</summary>
    public static EquatableList<FirewallPort> UdpPorts { get; } = [new(8472, "VXLAN: Cilium overlay network")];

    /// <summary>The CNI interfaces the design document trusts.</summary>
    public static EquatableList<string> TrustedInterfaces { get; } = ["cni+", "cilium+", "lxc+"];

    /// <summary>Bundled components to disable for Cilium: only names k3s knows (no <c>flannel</c>).</summary>
    public static EquatableList<DisabledComponent> CiliumDisable { get; } =
    [
        new("local-storage", "Use external storage provisioner"),
        new("metrics-server", "Deploy via Helm for control"),
        new("servicelb", "Cilium provides load balancing"),
        new("traefik", "Use external ingress controller"),
    ];

    /// <summary>The flags that hand networking to Cilium.</summary>
    public static EquatableList<K3sFlag> CiliumFlags { get; } =
    [
        K3sFlag.Of("--flannel-backend=none", "Required for external CNI (disables flannel)"),
        K3sFlag.Of("--disable-network-policy", "Cilium handles NetworkPolicy"),
        K3sFlag.Of("--disable-kube-proxy", "Cilium replaces kube-proxy"),
        K3sFlag.Of("--disable-cloud-controller", "No cloud provider integration"),
    ];

    /// <summary>The cluster-management tools the design document installs.</summary>
    public static EquatableList<string> SystemPackages { get; } = ["k3s", "kubectl", "k9s", "cilium-cli", "kubernetes-helm"];

    /// <summary>A token file from a parameter: an expression (<c>config.…</c>) or a path string.</summary>
    /// <param name="tokenFile">The parameter text, or null.</param>
    /// <returns>The value, or null.</returns>
    public static NixValue? TokenFile(string? tokenFile) =>
        string.IsNullOrWhiteSpace(tokenFile) ? null
        : tokenFile.StartsWith('/') ? NixString.Of(tokenFile)
        : NixExpression.Parse(tokenFile);

    /// <summary>The settings for the host name and, when the FQDN extends it, the domain.</summary>
    /// <param name="hostname">The host name.</param>
    /// <param name="fqdn">The fully qualified name, or null.</param>
    /// <returns>Leaf bindings for <see cref="K3sNodeModule.OtherSettings"/>.</returns>
    public static NixAttrs HostIdentity(string hostname, string? fqdn)
    {
        var settings = NixAttrs.Empty.Set(OptionPath.Of("networking", "hostName"), hostname);
        if (fqdn is not null && fqdn.StartsWith(hostname + ".", StringComparison.Ordinal))
            settings = settings.Set(OptionPath.Of("networking", "domain"), fqdn[(hostname.Length + 1)..]);
        return settings;
    }
}

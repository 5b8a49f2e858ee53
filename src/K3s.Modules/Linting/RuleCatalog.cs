using Nix.Syntax.Diagnostics;
using static Nix.Syntax.Diagnostics.DiagnosticSeverity;

namespace K3s.Modules.Linting;

/// <summary>The K3S lint rules (K3S000–K3S025): ids, severities, titles and explanations.</summary>
public static class RuleCatalog
{
    /// <summary>Every K3S rule, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        new("K3S000", Info, "No k3s module found",
            "The files given define nothing under services.k3s (a kubeadm host, a host file of a framework, or modules the reader could not find). The host rules (kernel modules, sysctls, firewall, containerd) still run. Nothing to fix unless k3s was expected.", false),
        new("K3S001", Error, "Invalid --disable item",
            "k3s --disable (and services.k3s.disable, emitted as --disable=<item>) only knows coredns, servicelb, traefik, local-storage, metrics-server and runtimes (k3s server help: \"valid items\"). k3s does not check the values, so anything else (flannel, kube-proxy, network-policy, helm-controller) is silently ignored. Use --flannel-backend=none for flannel, --disable-kube-proxy, --disable-network-policy, --disable-helm-controller. Fix: replaces the item with the right flag.", true),
        new("K3S002", Error, "External CNI without --flannel-backend=none",
            "The configuration intends an external CNI (Cilium): it disables kube-proxy or the network-policy controller, lists flannel in disable, installs cilium-cli, or trusts cilium/lxc interfaces, yet flannel still runs because --flannel-backend=none is missing. The Cilium k3s guide installs k3s \"making sure to disable … the default CNI plugin\". Fix: adds --flannel-backend=none to extraFlags.", true),
        new("K3S003", Warning, "--flannel-backend=none without --disable-network-policy",
            "With flannel off, k3s's embedded kube-router network-policy controller still runs next to the external CNI's. The Cilium guide passes both --flannel-backend=none and --disable-network-policy. Fix: adds --disable-network-policy.", true),
        new("K3S004", Info, "Dead flannel flags, or kube-proxy kept with backend none",
            "With --flannel-backend=none the flags --flannel-iface, --flannel-ipv6-masq, --flannel-external-ip and --flannel-conf do nothing (k3s docs: ipv6-masq works with \"any Flannel backend other than none\"). Without --disable-kube-proxy, Cilium cannot run kube-proxy-free (only needed for that mode). Fix: removes the dead flags.", true),
        new("K3S005", Info, "Bundled servicelb/traefik kept with Cilium",
            "Cilium is meant to provide load balancing or ingress, but servicelb (klipper, which binds host ports 80/443) or traefik are still enabled. Fix: adds them to services.k3s.disable.", true),
        new("K3S006", Warning, "Kernel modules missing or unusual",
            "br_netfilter, overlay and nf_conntrack are the baseline for pod networking and container layers (design document \"Kernel requirements\"). k3s modprobes them at runtime, hence a warning not an error. Info: ip_conntrack is an alias of nf_conntrack (use the canonical name); bpf is built in and loading it can make systemd-modules-load fail; the design document's IPv6 set (ip6_tables, ip6table_mangle/raw/filter) is optional. Fix: appends the missing modules.", true),
        new("K3S007", Error, "net.bridge.* sysctl without br_netfilter",
            "The net.bridge.bridge-nf-call-* keys exist only once br_netfilter is loaded. When systemd-sysctl runs before that, the settings fail. Fix: adds br_netfilter to boot.kernelModules.", true),
        new("K3S008", Warning, "Forwarding or Cilium rp_filter sysctls missing",
            "Pod networking needs net.ipv4.ip_forward (and IPv6 forwarding for dual stack). k3s sets forwarding at runtime, but a declared value survives restarts of systemd-sysctl. Info: with Cilium, net.ipv4.conf.lxc*.rp_filter=0 (Cilium's sysctlfix also writes it); the kernel uses max(all, dev).", true),
        new("K3S009", Error, "--protect-kernel-defaults without the kubelet's kernel tunables",
            "With --protect-kernel-defaults the kubelet errors out when kernel tunables differ from its defaults: vm.overcommit_memory=1, vm.panic_on_oom=0, kernel.panic=10, kernel.panic_on_oops=1. Set them in boot.kernel.sysctl.", true),
        new("K3S010", Error, "Firewall closes the API server port",
            "On a server with the NixOS firewall on, 6443/tcp (kube-apiserver, and the supervisor agents join through) must be allowed (docs.k3s.io requirements, inbound rules). Warning: 10250/tcp (kubelet metrics, logs, exec) on multi-node setups. Trusted interfaces count as allowed. Fix: adds the ports.", true),
        new("K3S011", Error, "etcd ports and HA mismatch",
            "HA with embedded etcd (clusterInit, or a server with serverAddr) needs 2379-2380/tcp between servers when the firewall is on. Info: 2379/2380 open on a single-node server without clusterInit (sqlite) is unneeded exposure (k3s: \"Required only for HA with embedded etcd\"); also when clusterInit is true only by the default of a module's own option while the ports are open whatever that option is. Fix: adds the ports for HA, removes them on a plain single server.", true),
        new("K3S012", Warning, "Overlay ports missing, on the wrong protocol, or duplicated",
            "Flannel VXLAN (the default) needs 8472/udp, wireguard-native 51820/udp (51821 for IPv6); Cilium uses 8472/udp (VXLAN) or 6081/udp (Geneve) and WireGuard 51871/udp; Cilium health is 4240/tcp, Hubble 4244/tcp. A UDP-only port listed in allowedTCPPorts (or the reverse) opens nothing useful; 4789/udp is not used by Cilium by default; a port listed twice is noise (info). Fix: moves the port to the right list.", true),
        new("K3S013", Warning, "Firewall disabled",
            "networking.firewall.enable = false (also under mkForce) leaves every port open on a production or multi-node host (design document: \"Production … explicit firewall rules enabled\"). Suppress with # nixk3s-ignore K3S013 when another firewall filters (Cilium host firewall). Info: allowed port lists kept while the firewall is off are dead configuration.", false),
        new("K3S014", Warning, "nftables with iptables extraCommands",
            "networking.nftables.enable (or firewall.backend = \"nftables\") together with networking.firewall.extraCommands fails evaluation once the firewall is on (nixpkgs assertion: \"extraCommands is incompatible with the nftables based firewall\"). Use networking.firewall.extraInputRules. Fix: renames the binding to extraInputRules and translates each line of its string: iptables/ip6tables/ip46tables -A|-I nixos-fw with -p, --dport/--sport (N or N:M), -m multiport --dports, -s/-d, -i (+ wildcard), -j nixos-fw-accept|ACCEPT|DROP become ip saddr …, iifname …, tcp dport N-M, accept; an iptables (IPv4-only) rule without an address match gets meta nfproto ipv4, since extraInputRules also sees IPv6. When any line has another shape (other chains, tables, negation, interpolation), no fix is offered and the finding says which line.", true),
        new("K3S015", Error, "Secret in the Nix store or on the command line",
            "services.k3s.token/agentToken and --token/-t/--agent-token/--vpn-auth in extraFlags end up in the world-readable store and in the process list (nixpkgs option docs). A tokenFile that is a path literal (./token, \"${./token}\") is copied into the store too. Use tokenFile = config.sops.secrets.<name>.path (or agenix). Fix: rewrites token to tokenFile with a placeholder secret path.", true),
        new("K3S016", Warning, "Admin kubeconfig readable by others",
            "--write-kubeconfig-mode (or K3S_KUBECONFIG_MODE) grants read to others (644, 0644, 666, …): any local user can read the cluster-admin kubeconfig. The k3s default is 600. Fix: 0640 with --write-kubeconfig-group.", true),
        new("K3S017", Error, "systemd specifier or variable in extraFlags",
            "nixpkgs writes extraFlags into ExecStart without escaping; systemd expands % specifiers and $VARIABLES there, and rejects unknown specifiers (\"failed to resolve unit specifiers\", k3s-ansible #682). Write %% and $$. Fix: doubles them.", true),
        new("K3S018", Error, "clusterInit together with serverAddr",
            "clusterInit starts a new etcd cluster; serverAddr/--server joins an existing one. Both on the same path condition is contradictory (nixpkgs: clusterInit \"only makes sense in a server that is not connecting to another server\"). Definitions under contradictory conditions (mkIf c / mkIf (!c)) do not fire; values that only evaluation knows never do. Fix: removes the clusterInit = true binding (also under mkDefault/mkForce/mkOverride, in any nesting of sets) or the --cluster-init flag element (a server that joins must not init).", true),
        new("K3S019", Error, "Agent configured with server settings",
            "role = \"agent\" with clusterInit or disableAgent fails the nixpkgs assertions (error). Warnings: an agent without serverAddr/configPath or without a token source, agentToken set on an agent, server-only options (disable, manifests, charts, autoDeployCharts) or flags (--cluster-cidr, --tls-san, --disable*) that k3s agent rejects.", false),
        new("K3S020", Error, "serverAddr is not https://host:port",
            "k3s agents and joining servers expect https://<server>:6443 (nixpkgs example, k3s docs). A value without scheme, with http://, or without a port is wrong. Fix: adds https:// and :6443.", true),
        new("K3S021", Warning, "Duplicate or conflicting k3s settings",
            "A typed option and the same flag in extraFlags (serverAddr/--server, tokenFile/--token-file, clusterInit/--cluster-init, disable/--disable, nodeName, nodeIP, nodeLabel, nodeTaint), a single-valued flag repeated with different values (k3s keeps the last), --kubelet-arg=config= next to gracefulNodeShutdown/extraKubeletConfig, charts with --disable-helm-controller. Info: flags that have a typed option, extraFlags as one string (cannot merge with other modules), mkForce on extraFlags (drops other modules' flags). Fix: moves a flag of an unconditional extraFlags binding (--server, --token-file, --node-name, --node-ip, --disable, --cluster-init, …) into the typed option when that is not set: its own list element is removed, or its words when it shares a plain string with other flags (a list element or extraFlags as one string).", true),
        new("K3S022", Error, "Unknown or deprecated k3s flag",
            "Flags are checked against the k3s server and agent flag set (including hidden disable-agent, disable-apiserver, disable-etcd, disable-controller-manager); an unknown flag makes k3s refuse to start (error, with the nearest known name). Deprecated (warning): --no-deploy, --no-flannel, --cluster-secret, --flannel-backend=wireguard or ipsec. Info: a leading -- inside a --*-arg value (k3s strips it). Fix: renames to the suggestion.", true),
        new("K3S023", Error, "Graceful node shutdown settings",
            "shutdownGracePeriod and shutdownGracePeriodCriticalPods must be Go durations (error), critical must be shorter than the total (error). Warning: extraKubeletConfig.shutdownGracePeriod* overrides them (merged after). Info: logind's InhibitDelayMaxSec (systemd default 5s) below the period makes the kubelet rewrite it or fail (kubernetes#102818).", true),
        new("K3S024", Warning, "containerd configuration that k3s ignores or containerd drops",
            "(a) virtualisation.containerd.* while k3s has no --container-runtime-endpoint: k3s runs its embedded containerd, so the settings are dead (info if containerd is not even enabled). (b) an external runtime without SystemdCgroup = true under the plugin id of the effective config version, or without kubelet cgroup-driver=systemd. (c) legacy io.containerd.grpc.v1.cri keys mixed with the version-3 ids io.containerd.cri.v1.*: under version = 3 the legacy keys are ignored. (d) removed keys: disable_cgroup (2.0), cni.bin_dir (use bin_dirs), sandbox_image (deprecated under version 2, ignored under version 3; use pinned_images.sandbox). Fix for (c): moves the legacy keys where containerd 2.x reads them (its version 2 to 3 migration): cni.* and containerd.* (runtimes, default_runtime_name, …) and the runtime flags to io.containerd.cri.v1.runtime; registry, image_decryption, max_concurrent_downloads, image_pull_progress_timeout, image_pull_with_sync_fs, stats_collect_period and containerd.snapshotter/disable_snapshot_annotations/discard_unpacked_layers to io.containerd.cri.v1.images; sandbox_image to images pinned_images.sandbox; the streaming-server keys stay. It edits the binding that names the legacy id (dotted path or nested set); a set mixing runtime and image keys, a removed key, or a target already set leaves the move to you. Fix for (d): rewrites cni.bin_dir = X to cni.bin_dirs = [ X ].", true),
        new("K3S025", Info, "Impermanence without k3s state directories",
            "With environment.persistence (or den persist, impermanence features), /var/lib/rancher, /etc/rancher and /var/lib/kubelet must be persisted (with an external runtime also consider /var/lib/containerd and /var/lib/cni, which are not required because they often live on their own dataset) or the node loses its identity and cluster state on reboot. Fix: appends the directories.", true),
    ];

    /// <summary>The rule with <paramref name="id"/> (any case), or null.</summary>
    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    internal static RuleDescriptor Get(string id) => Find(id) ?? throw new ArgumentException("unknown rule " + id, nameof(id));
}

namespace K3s.Modules.Linting.Flags;

/// <summary>
/// The flags of <c>k3s server</c> and <c>k3s agent</c> (k3s CLI reference and <c>pkg/cli/cmds</c>), with
/// which take no value, which are repeatable, which <c>k3s agent</c> accepts, short aliases and deprecations.
/// </summary>
public static class K3sFlagCatalog
{
    /// <summary>Flags that take no value (<c>--flag</c> alone means true).</summary>
    public static IReadOnlySet<string> BooleanFlags { get; } = Set(
        "debug", "alsologtostderr", "cluster-init", "cluster-reset", "disable-agent", "disable-apiserver", "disable-etcd",
        "disable-controller-manager", "disable-scheduler", "disable-cloud-controller", "disable-kube-proxy",
        "disable-network-policy", "disable-helm-controller", "disable-apiserver-lb", "disable-default-registry-endpoint",
        "etcd-expose-metrics", "etcd-disable-snapshots", "etcd-snapshot-compress", "etcd-s3", "etcd-s3-insecure",
        "etcd-s3-skip-ssl-verify", "selinux", "rootless", "secrets-encryption", "flannel-ipv6-masq", "flannel-external-ip",
        "embedded-registry", "supervisor-metrics", "docker", "prefer-bundled-bin", "protect-kernel-defaults", "enable-pprof",
        "with-node-id", "nonroot-devices", "tls-san-security", "no-flannel", "kube-apiserver-insecure", "disable-selinux",
        "multi-cluster-cidr", "kine-tls", "agent-only");

    /// <summary>Flags that may be given more than once (their values add up).</summary>
    public static IReadOnlySet<string> RepeatableFlags { get; } = Set(
        "tls-san", "node-label", "node-taint", "kubelet-arg", "kube-proxy-arg", "kube-apiserver-arg", "kube-scheduler-arg",
        "kube-controller-manager-arg", "kube-cloud-controller-manager-arg", "etcd-arg", "disable", "no-deploy",
        "airgap-extra-registry", "node-ip", "node-external-ip", "cluster-cidr", "service-cidr", "node-internal-dns",
        "node-external-dns", "cluster-dns", "egress-selector-mode");

    /// <summary>Flags that take a value and may be given once (a repeat overrides: k3s keeps the last).</summary>
    public static IReadOnlySet<string> ValueFlags { get; } = Set(
        "config", "log", "v", "vmodule", "data-dir", "token", "token-file", "agent-token", "agent-token-file", "server",
        "write-kubeconfig", "write-kubeconfig-mode", "write-kubeconfig-group", "bind-address", "advertise-address",
        "advertise-port", "https-listen-port", "supervisor-port", "apiserver-port", "apiserver-bind-address",
        "service-node-port-range", "cluster-domain", "flannel-backend", "flannel-iface", "flannel-conf",
        "flannel-cni-conf", "servicelb-namespace", "helm-job-image", "cluster-reset-restore-path", "datastore-endpoint",
        "datastore-cafile", "datastore-certfile", "datastore-keyfile", "etcd-snapshot-schedule-cron",
        "etcd-snapshot-retention", "etcd-snapshot-dir", "etcd-snapshot-name", "etcd-s3-endpoint", "etcd-s3-endpoint-ca",
        "etcd-s3-access-key", "etcd-s3-secret-key", "etcd-s3-bucket", "etcd-s3-region", "etcd-s3-folder",
        "etcd-s3-timeout", "etcd-s3-proxy", "etcd-s3-config-secret", "etcd-s3-bucket-lookup-type", "etcd-s3-retention",
        "default-local-storage-path", "secrets-encryption-provider", "node-name", "image-credential-provider-bin-dir",
        "image-credential-provider-config", "container-runtime-endpoint", "image-service-endpoint", "default-runtime",
        "pause-image", "snapshotter", "private-registry", "system-default-registry", "resolv-conf", "lb-server-port",
        "vpn-auth", "vpn-auth-file", "cluster-secret", "kine-timeout");

    /// <summary>Every known flag name (without dashes).</summary>
    public static IReadOnlySet<string> AllFlags { get; } = Set([.. BooleanFlags, .. RepeatableFlags, .. ValueFlags]);

    /// <summary>The flags <c>k3s agent</c> accepts; the others are server-only.</summary>
    public static IReadOnlySet<string> AgentFlags { get; } = Set(
        "config", "debug", "v", "vmodule", "log", "alsologtostderr", "data-dir", "node-name", "with-node-id", "node-label",
        "node-taint", "image-credential-provider-bin-dir", "image-credential-provider-config", "docker",
        "container-runtime-endpoint", "image-service-endpoint", "default-runtime", "disable-default-registry-endpoint",
        "nonroot-devices", "pause-image", "snapshotter", "private-registry", "system-default-registry", "node-ip",
        "node-external-ip", "node-internal-dns", "node-external-dns", "resolv-conf", "flannel-iface", "flannel-conf",
        "flannel-cni-conf", "kubelet-arg", "kube-proxy-arg", "protect-kernel-defaults", "selinux", "lb-server-port",
        "token", "token-file", "server", "rootless", "prefer-bundled-bin", "vpn-auth", "vpn-auth-file", "enable-pprof",
        "airgap-extra-registry", "disable-apiserver-lb", "bind-address");

    /// <summary>Short aliases: <c>-t</c> is <c>--token</c>.</summary>
    public static IReadOnlyDictionary<string, string> ShortAliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["t"] = "token", ["s"] = "server", ["o"] = "write-kubeconfig", ["d"] = "data-dir", ["i"] = "node-ip",
        ["l"] = "log", ["c"] = "config",
    };

    /// <summary>Deprecated or removed flags and what replaces them.</summary>
    public static IReadOnlyDictionary<string, string> Deprecated { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["no-deploy"] = "--disable",
        ["no-flannel"] = "--flannel-backend=none",
        ["cluster-secret"] = "--token",
        ["disable-selinux"] = "--selinux (off by default)",
        ["docker"] = "an external --container-runtime-endpoint (cri-dockerd)",
    };

    /// <summary>The items <c>--disable</c> understands.</summary>
    public static IReadOnlySet<string> DisableItems { get; } = Set("coredns", "servicelb", "traefik", "local-storage", "metrics-server", "runtimes");

    /// <summary>Whether <paramref name="name"/> is one of the <c>--*-arg</c> pass-through flags.</summary>
    public static bool IsComponentArgument(string name) => name.EndsWith("-arg", StringComparison.Ordinal) && RepeatableFlags.Contains(name);

    /// <summary>The known flag nearest to <paramref name="name"/> (edit distance at most a third of its length), or null.</summary>
    public static string? Suggest(string name)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in AllFlags)
        {
            if (Deprecated.ContainsKey(candidate)) continue;
            int d = Distance(name, candidate);
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0)) { best = candidate; bestDistance = d; }
        }
        return bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}

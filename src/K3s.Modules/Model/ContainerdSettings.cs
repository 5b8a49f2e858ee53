using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>Typed helpers for containerd's TOML settings, with the plugin ids quoted as one name each.</summary>
public static class ContainerdSettings
{
    /// <summary>The containerd 1.x / config version 2 CRI plugin id.</summary>
    public const string LegacyCriPlugin = "io.containerd.grpc.v1.cri";

    /// <summary>The containerd 2.x / config version 3 CRI runtime plugin id.</summary>
    public const string CriRuntimePlugin = "io.containerd.cri.v1.runtime";

    /// <summary>The path <c>plugins."PLUGIN".rest…</c>.</summary>
    /// <param name="plugin">The plugin id, such as <see cref="LegacyCriPlugin"/>.</param>
    /// <param name="rest">The names under the plugin.</param>
    /// <returns>The path.</returns>
    public static OptionPath Plugin(string plugin, params string[] rest) => OptionPath.Of(["plugins", plugin, .. rest]);

    /// <summary>The settings of the design document: systemd cgroups, <c>/opt/cni/bin</c> forced, no hugetlb controller, writable cgroups.</summary>
    /// <param name="remarks">Whether to carry the design document's comments.</param>
    /// <returns>The settings tree.</returns>
    public static NixAttrs DesignDocument(bool remarks = true) => NixAttrs.Empty
        .Set(Plugin(LegacyCriPlugin, "containerd", "runtimes", "runc", "options", "SystemdCgroup"), true,
            remarks ? Remark.Above("Use systemd cgroups for Kubernetes compatibility") : null)
        .Set(Plugin(LegacyCriPlugin, "cni", "bin_dir"), new NixPriority(Priority.Force, "/opt/cni/bin"),
            remarks ? Remark.Above("CNI plugins expect /opt/cni/bin") : null)
        .Set(Plugin(LegacyCriPlugin, "disable_hugetlb_controller"), true,
            remarks ? Remark.Above("Workaround for cgroups hugetlb controller issue") : null)
        .Set(Plugin(CriRuntimePlugin, "containerd", "runtimes", "runc", "cgroup_writable"), true,
            remarks ? Remark.Above("Enable systemd (NixOS) in containers") : null);
}

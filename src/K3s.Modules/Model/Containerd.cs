using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>
/// <c>virtualisation.containerd</c>: the system containerd. Note (design notes §0.4) that k3s uses its own
/// embedded containerd unless <c>--container-runtime-endpoint</c> points here.
/// </summary>
public sealed record Containerd
{
    /// <summary><c>enable</c>.</summary>
    public bool? Enable { get; init; }

    /// <summary>
    /// <c>settings</c>: the TOML tree as leaf bindings with full paths, printed as written, such as
    /// <c>plugins."io.containerd.grpc.v1.cri".cni.bin_dir = lib.mkForce "/opt/cni/bin"</c>. Use
    /// <see cref="ContainerdSettings"/> to build it.
    /// </summary>
    public NixAttrs Settings { get; init; } = NixAttrs.Empty;

    /// <summary>Whether nothing is set.</summary>
    public bool IsEmpty => Enable is null && Settings.Bindings.Count == 0;
}

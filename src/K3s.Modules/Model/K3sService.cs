using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>
/// <c>services.k3s</c>: every option of the nixpkgs module (rancher <c>default.nix</c> plus <c>k3s.nix</c>).
/// A null or empty member is not set, so the nixpkgs default applies.
/// </summary>
public sealed record K3sService
{
    /// <summary><c>enable</c>.</summary>
    public bool? Enable { get; init; }

    /// <summary><c>package</c>, such as <c>pkgs.k3s_1_31</c>.</summary>
    public NixExpression? Package { get; init; }

    /// <summary><c>role</c>.</summary>
    public K3sRole? Role { get; init; }

    /// <summary><c>serverAddr</c>: <c>https://host:6443</c> of a server to join.</summary>
    public NixString? ServerAddr { get; init; }

    /// <summary><c>clusterInit</c>: start an embedded-etcd HA cluster (first server only).</summary>
    public bool? ClusterInit { get; init; }

    /// <summary><c>token</c>: lands in the world-readable store; prefer <see cref="TokenFile"/>.</summary>
    public NixString? Token { get; init; }

    /// <summary><c>tokenFile</c>: a path or an expression such as <c>config.age.secrets.k3s-token.path</c>.</summary>
    public NixValue? TokenFile { get; init; }

    /// <summary><c>agentToken</c> (server only; store-exposed).</summary>
    public NixString? AgentToken { get; init; }

    /// <summary><c>agentTokenFile</c> (server only).</summary>
    public NixValue? AgentTokenFile { get; init; }

    /// <summary><c>configPath</c>: a k3s YAML config file.</summary>
    public NixValue? ConfigPath { get; init; }

    /// <summary><c>environmentFile</c>: a systemd EnvironmentFile (K3S_TOKEN and the like).</summary>
    public NixValue? EnvironmentFile { get; init; }

    /// <summary><c>disable</c>: bundled components not to deploy.</summary>
    public EquatableList<DisabledComponent> Disable { get; init; } = [];

    /// <summary><c>disableAgent</c>: a server without kubelet.</summary>
    public bool? DisableAgent { get; init; }

    /// <summary><c>extraFlags</c>: further arguments, appended last.</summary>
    public EquatableList<K3sFlag> ExtraFlags { get; init; } = [];

    /// <summary><c>nodeName</c>.</summary>
    public NixString? NodeName { get; init; }

    /// <summary><c>nodeLabel</c>: <c>key=value</c> labels.</summary>
    public EquatableList<string> NodeLabel { get; init; } = [];

    /// <summary><c>nodeTaint</c>: <c>key=value:Effect</c> taints.</summary>
    public EquatableList<string> NodeTaint { get; init; } = [];

    /// <summary><c>nodeIP</c>.</summary>
    public NixString? NodeIP { get; init; }

    /// <summary><c>nodeExternalIP</c>.</summary>
    public NixString? NodeExternalIP { get; init; }

    /// <summary><c>selinux</c>.</summary>
    public bool? Selinux { get; init; }

    /// <summary><c>gracefulNodeShutdown</c>.</summary>
    public GracefulNodeShutdown GracefulNodeShutdown { get; init; } = new();

    /// <summary><c>extraKubeletConfig</c>: KubeletConfiguration fields, as leaf bindings.</summary>
    public NixAttrs ExtraKubeletConfig { get; init; } = NixAttrs.Empty;

    /// <summary><c>extraKubeProxyConfig</c>: KubeProxyConfiguration fields, as leaf bindings.</summary>
    public NixAttrs ExtraKubeProxyConfig { get; init; } = NixAttrs.Empty;

    /// <summary><c>containerdConfigTemplate</c>: the embedded containerd's config template.</summary>
    public NixString? ContainerdConfigTemplate { get; init; }

    /// <summary><c>images</c>: image archives (packages) to pre-load.</summary>
    public EquatableList<NixExpression> Images { get; init; } = [];

    /// <summary><c>manifests</c>, by name.</summary>
    public EquatableMap<K3sManifest> Manifests { get; init; } = EquatableMap<K3sManifest>.Empty;

    /// <summary><c>charts</c>: chart archives by name (paths or packages).</summary>
    public EquatableMap<NixValue> Charts { get; init; } = EquatableMap<NixValue>.Empty;

    /// <summary><c>autoDeployCharts</c>, by name.</summary>
    public EquatableMap<AutoDeployChart> AutoDeployCharts { get; init; } = EquatableMap<AutoDeployChart>.Empty;
}

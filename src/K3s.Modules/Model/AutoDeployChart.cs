using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>An entry of <c>services.k3s.autoDeployCharts</c>: a Helm chart deployed through a HelmChart resource.</summary>
public sealed record AutoDeployChart
{
    /// <summary><c>enable</c> (default true).</summary>
    public bool? Enable { get; init; }

    /// <summary><c>repo</c>: the chart repository URL.</summary>
    public NixString? Repo { get; init; }

    /// <summary><c>name</c>: the chart name in the repository.</summary>
    public NixString? Name { get; init; }

    /// <summary><c>version</c>.</summary>
    public NixString? Version { get; init; }

    /// <summary><c>hash</c>: the fixed-output hash of the chart archive.</summary>
    public NixString? Hash { get; init; }

    /// <summary><c>package</c>: a chart package instead of repo/name/version.</summary>
    public NixValue? Package { get; init; }

    /// <summary><c>targetNamespace</c> (default "default").</summary>
    public NixString? TargetNamespace { get; init; }

    /// <summary><c>createNamespace</c>.</summary>
    public bool? CreateNamespace { get; init; }

    /// <summary><c>values</c>: Helm values (they land in the Nix store).</summary>
    public NixValue? Values { get; init; }

    /// <summary><c>extraDeploy</c>: further manifests deployed with the chart.</summary>
    public NixValue? ExtraDeploy { get; init; }

    /// <summary><c>extraFieldDefinitions</c>: extra fields of the HelmChart spec.</summary>
    public NixValue? ExtraFieldDefinitions { get; init; }
}

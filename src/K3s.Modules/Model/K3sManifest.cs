using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>An entry of <c>services.k3s.manifests</c>: a file linked into the server's auto-deploy directory.</summary>
public sealed record K3sManifest
{
    /// <summary><c>enable</c> (default true).</summary>
    public bool? Enable { get; init; }

    /// <summary><c>target</c>: the file name under <c>/var/lib/rancher/k3s/server/manifests/</c>.</summary>
    public NixString? Target { get; init; }

    /// <summary><c>content</c>: the manifest as Nix data (converted to YAML), or null.</summary>
    public NixValue? Content { get; init; }

    /// <summary><c>source</c>: a path or package holding the manifest, or null.</summary>
    public NixValue? Source { get; init; }
}

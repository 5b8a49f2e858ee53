using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>
/// An entry of <c>services.k3s.disable</c>. k3s accepts only <see cref="Known"/> names and silently ignores
/// any other (design notes §0.1: <c>flannel</c> is not one; use <c>--flannel-backend=none</c>).
/// </summary>
/// <param name="Name">The component.</param>
/// <param name="Reason">Printed as a comment after the entry, or null.</param>
public sealed record DisabledComponent(string Name, string? Reason = null)
{
    /// <summary>The names <c>--disable</c> accepts (k3s server help text).</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
        { "coredns", "servicelb", "traefik", "local-storage", "metrics-server", "runtimes" };

    /// <summary>Whether k3s acts on this name.</summary>
    public bool IsKnown => Known.Contains(Name);

    /// <summary>A component without comment.</summary>
    /// <param name="name">The name.</param>
    public static implicit operator DisabledComponent(string name) => new(name);
}

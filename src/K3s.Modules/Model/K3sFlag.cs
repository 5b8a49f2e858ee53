using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>An entry of <c>services.k3s.extraFlags</c>: one command-line argument, possibly interpolated.</summary>
/// <param name="Value">The argument, such as <c>"--flannel-backend=none"</c> or <c>"--tls-san=${config.networking.fqdn}"</c>.</param>
/// <param name="Comment">Printed as a comment after the entry, or null.</param>
public sealed record K3sFlag(NixString Value, string? Comment = null)
{
    /// <summary>A flag from text; <c>${…}</c> holes are parsed as Nix expressions.</summary>
    /// <param name="text">The flag.</param>
    /// <param name="comment">Its comment.</param>
    /// <returns>The flag.</returns>
    public static K3sFlag Of(string text, string? comment = null) => new(NixString.Interpolated(text), comment);

    /// <summary>A flag without comment.</summary>
    /// <param name="text">The flag.</param>
    public static implicit operator K3sFlag(string text) => Of(text);
}

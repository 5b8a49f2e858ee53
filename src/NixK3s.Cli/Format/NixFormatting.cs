namespace NixK3s.Cli.Format;

/// <summary>
/// The bridge from the CLI to Nix.Syntax's formatter. TEMPORARY: Nix.Syntax.Formatting.NixFormatter has not landed,
/// so <see cref="IsAvailable"/> is false and fmt says so.
/// </summary>
internal static class NixFormatting
{
    /// <summary>True when this build has a formatter.</summary>
    public static bool IsAvailable => false;

    /// <summary>Formats one file.</summary>
    public static FileFormatting FormatFile(string fullPath, bool verify) =>
        throw new NotSupportedException("No Nix formatter in this build.");
}

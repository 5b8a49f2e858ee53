namespace NixK3s.Cli.Emit;

/// <summary>
/// The bridge from the CLI to K3s.Modules' profile catalogue. TEMPORARY: the catalogue has not landed, so
/// <see cref="Emit"/> reports that emit is not available yet.
/// </summary>
internal static class ModuleProfiles
{
    /// <summary>The profile names, for validation and tab completion.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["design-document-example", "local-dev", "production", "ha-first-server", "ha-joining-server", "cilium-server"];

    /// <summary>The Nix text of the module that <paramref name="profile"/> builds with <paramref name="parameters"/>.</summary>
    /// <exception cref="ProfileException">The profile cannot be built.</exception>
    public static string Emit(string profile, IReadOnlyDictionary<string, string> parameters) =>
        throw new ProfileException("emit is not available yet: this build has no K3s.Modules profile catalogue.");
}

using K3s.Modules.Profiles;

namespace NixK3s.Cli.Emit;

/// <summary>The bridge from the CLI to K3s.Modules' <see cref="ProfileCatalog"/>.</summary>
internal static class ModuleProfiles
{
    /// <summary>The profile names, for validation and tab completion.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ProfileCatalog.Names];

    /// <summary>"name: description" lines for --help.</summary>
    public static string Descriptions => string.Join("\n", ProfileCatalog.Profiles.Select(p => $"  {p.Name}: {p.Description}"));

    /// <summary>The Nix text of the module that <paramref name="profile"/> builds with <paramref name="parameters"/>.</summary>
    /// <exception cref="ProfileException">Unknown profile or parameter, or an invalid value.</exception>
    public static string Emit(string profile, IReadOnlyDictionary<string, string> parameters)
    {
        try
        {
            return ProfileCatalog.Build(profile, parameters).ToNixText();
        }
        catch (ArgumentException e)
        {
            throw new ProfileException(e.Message);
        }
    }
}

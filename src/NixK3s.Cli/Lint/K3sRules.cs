using NixK3s.Cli.Config;

namespace NixK3s.Cli.Lint;

/// <summary>The K3S rule catalogue (K3s.Modules.Linting) seen from the CLI. TEMPORARY: empty until K3s.Modules.Linting lands.</summary>
internal static class K3sRules
{
    /// <summary>The K3S rules.</summary>
    public static IReadOnlyList<RuleInfo> Rules { get; } = [];

    /// <summary>Runs the K3S rules over the files that parsed.</summary>
    public static IEnumerable<Finding> Run(IReadOnlyList<ParsedFile> files, LintConfiguration config) => [];
}

using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting;

/// <summary>What a lint run reports: rules turned off, severity overrides, paths left out.</summary>
public sealed class LintOptions
{
    /// <summary>The default: every rule, default severities, no ignored paths.</summary>
    public static LintOptions Default { get; } = new();

    /// <summary>Rule ids not to report (any case).</summary>
    public IReadOnlySet<string> DisabledRules { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severity per rule id (any case); <see cref="DiagnosticSeverity.Hidden"/> turns a rule off.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> SeverityOverrides { get; init; } = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Globs (<c>*</c>, <c>**</c>, <c>?</c>) of paths whose files are neither read nor reported, matched against the path as given and its full path.</summary>
    public IReadOnlyList<string> IgnoredPaths { get; init; } = [];
}

using Nix.Syntax.Diagnostics;

namespace NixK3s.Cli.Lint;

/// <summary>Every rule a lint run can report: Nix's syntax diagnostics (NIX…) and the K3S rules of K3s.Modules.Linting.</summary>
internal static class RuleCatalog
{
    /// <summary>All rules, NIX first, each once, in id order.</summary>
    public static IReadOnlyList<RuleInfo> All { get; } = Build();

    /// <summary>The rule with <paramref name="id"/> (any case), or null.</summary>
    public static RuleInfo? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    private static List<RuleInfo> Build()
    {
        var rules = NixDiagnostics.All
            .Select(d => new RuleInfo(d.Id, d.DefaultSeverity, d.Title, SyntaxExplanation(d), false))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        rules.AddRange(K3s.Modules.Linting.RuleCatalog.All
            .Select(r => new RuleInfo(r.Id, r.DefaultSeverity, r.Title, r.Explanation, r.HasFix))
            .OrderBy(r => r.Id, StringComparer.Ordinal));
        return rules;
    }

    private static string SyntaxExplanation(DiagnosticDescriptor d) =>
        $"{d.Title}. Reported by the Nix parser (Nix.Syntax) with the message \"{d.MessageFormat}\". " +
        (d.DefaultSeverity == DiagnosticSeverity.Error
            ? "Nix itself rejects the file; nixk3s reports it, skips its K3S rules and never applies fixes to it."
            : "Nix accepts the file but warns, or needs an experimental feature.");
}

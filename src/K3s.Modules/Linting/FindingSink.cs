using K3s.Modules.Reading;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting;

/// <summary>Collects the findings of the rules run on one host.</summary>
internal sealed class FindingSink
{
    private readonly List<LintFinding> _findings = new();

    public IReadOnlyList<LintFinding> Findings => _findings;

    public string CurrentRule { get; set; } = string.Empty;

    public void Report(DiagnosticSeverity severity, string message, SyntaxNode? node, SourceLocation? fallback = null, LintFix? fix = null)
    {
        var location = node is not null ? SourceLocation.Of(node) : fallback;
        if (location is null) return;
        _findings.Add(new LintFinding(CurrentRule, severity, message, location, fix));
    }

    public void Report(DiagnosticSeverity severity, string message, OptionDefinition definition, LintFix? fix = null) =>
        Report(severity, message, definition.Value.Syntax ?? definition.Binding, definition.Location, fix);

    public void Report(DiagnosticSeverity severity, string message, SourceLocation location, LintFix? fix = null) =>
        _findings.Add(new LintFinding(CurrentRule, severity, message, location, fix));
}

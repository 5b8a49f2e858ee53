using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting;

/// <summary>One finding of a lint run: a K3S rule's or a Nix syntax diagnostic (NIX…).</summary>
/// <param name="RuleId">The rule id, e.g. <c>K3S016</c> or <c>NIX1001</c>.</param>
/// <param name="Severity">The severity after the options' overrides.</param>
/// <param name="Message">One line naming the offending value.</param>
/// <param name="Location">Where (path, lines and columns, span).</param>
/// <param name="Fix">The automatic fix, if any.</param>
public sealed record LintFinding(string RuleId, DiagnosticSeverity Severity, string Message, SourceLocation Location, LintFix? Fix = null)
{
    /// <summary><c>path:line:col: severity ID: message</c>.</summary>
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {RuleId}: {Message}";
}

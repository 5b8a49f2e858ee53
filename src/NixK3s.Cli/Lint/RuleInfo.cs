using Nix.Syntax.Diagnostics;

namespace NixK3s.Cli.Lint;

/// <summary>What the outputs and <c>explain</c> say about a rule: id, default severity, title, explanation, whether it has a fix.</summary>
internal sealed record RuleInfo(string Id, DiagnosticSeverity DefaultSeverity, string Title, string Explanation, bool HasFix);

using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting;

/// <summary>A lint rule as the catalogue describes it (for <c>nixk3s explain</c>).</summary>
/// <param name="Id">The id, e.g. <c>K3S016</c>.</param>
/// <param name="DefaultSeverity">The severity of its main finding; some findings of a rule are milder (see the explanation).</param>
/// <param name="Title">A one-line title.</param>
/// <param name="Explanation">What it detects, why it matters, the source of the fact, and the fix.</param>
/// <param name="HasFix">Whether some of its findings carry an automatic fix.</param>
public sealed record RuleDescriptor(string Id, DiagnosticSeverity DefaultSeverity, string Title, string Explanation, bool HasFix);

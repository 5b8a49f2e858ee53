using Nix.Syntax.Diagnostics;

namespace NixK3s.Cli.Lint;

/// <summary>
/// One thing the lint run reports, whatever produced it (a Nix syntax diagnostic or a K3S rule): the shape every
/// output format writes.
/// </summary>
/// <param name="RuleId">NIX1002, K3S016, …</param>
/// <param name="Severity">After the config file's overrides.</param>
/// <param name="Message">One line, naming the offending value.</param>
/// <param name="Region">The span of the offending expression.</param>
/// <param name="Fix">The automatic fix, if the rule has one for this case.</param>
internal sealed record Finding(string RuleId, DiagnosticSeverity Severity, string Message, SourceRegion Region, FindingFix? Fix = null);

/// <summary>An automatic fix: what it does, and the text edits (in one or more files) that do it.</summary>
internal sealed record FindingFix(string Description, IReadOnlyList<TextEdit> Edits);

/// <summary>Replace <see cref="SourceRegion.Length"/> characters at <see cref="SourceRegion.Offset"/> of a file with <paramref name="NewText"/>.</summary>
internal sealed record TextEdit(SourceRegion Region, string NewText);

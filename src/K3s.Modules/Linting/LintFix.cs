namespace K3s.Modules.Linting;

/// <summary>
/// An automatic fix: syntax-tree edits, given as one minimal text edit per file (the rest of each file
/// stays byte for byte) and as each file's new full text.
/// </summary>
/// <param name="Description">What the fix does, e.g. <c>replace "flannel" with --flannel-backend=none</c>.</param>
/// <param name="Edits">The text edits, at most one per file.</param>
/// <param name="NewTexts">Each edited file's full new text, by path.</param>
public sealed record LintFix(string Description, IReadOnlyList<LintTextEdit> Edits, IReadOnlyDictionary<string, string> NewTexts);

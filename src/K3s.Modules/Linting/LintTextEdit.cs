using Nix.Syntax.Text;

namespace K3s.Modules.Linting;

/// <summary>Replace <see cref="Span"/> of the file at <see cref="Path"/> with <see cref="NewText"/>.</summary>
/// <param name="Path">The file.</param>
/// <param name="Span">The replaced span of the file's current text (empty for an insertion).</param>
/// <param name="NewText">The replacement.</param>
public sealed record LintTextEdit(string Path, TextSpan Span, string NewText);

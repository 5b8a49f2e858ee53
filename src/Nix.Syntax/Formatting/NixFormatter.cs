using Nix.Syntax.Formatting.Layout;
using Nix.Syntax.Formatting.Model;

namespace Nix.Syntax.Formatting;

/// <summary>
/// Formats Nix files in the RFC 166 style of the official formatter, nixfmt: 2-space indentation, 100 columns,
/// comments kept where they belong. The layout is a document of groups that break together or not at all, laid
/// out greedily (see <c>Layout/DocLayout</c>); the rules per construct are in <c>NixDocPrinter</c>.
/// </summary>
public static class NixFormatter
{
    /// <summary>Formats a parsed file.</summary>
    /// <param name="tree">The file.</param>
    /// <param name="options">Options; <see cref="NixFormatterOptions.Default"/> when null.</param>
    /// <returns>The formatted text, or the original text with the reason it was left alone.</returns>
    public static FormattingResult Format(NixSyntaxTree tree, NixFormatterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        options ??= NixFormatterOptions.Default;
        var original = tree.Text.Text;
        var root = tree.GetRoot();
        if (tree.HasErrors && !options.Force)
            return new FormattingResult(original, FormattingStatus.SkippedSyntaxErrors, "The file has syntax errors; it was left alone.");
        if (root.DescendantTrivia().Any(t => t.Kind == NixSyntaxKind.SkippedTokensTrivia))
            return new FormattingResult(original, FormattingStatus.SkippedSyntaxErrors, "The file has text the parser skipped; it was left alone.");

        string text;
        try
        {
            text = FormatRoot(root, options);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidCastException or NullReferenceException or ArgumentException or IndexOutOfRangeException)
        {
            return new FormattingResult(original, FormattingStatus.VerificationFailed, "The formatter failed: " + e.Message);
        }

        if (options.Verify && Verify(tree, text, options) is { } problem)
            return new FormattingResult(original, FormattingStatus.VerificationFailed, problem);
        return new FormattingResult(text, text == original ? FormattingStatus.Unchanged : FormattingStatus.Formatted);
    }

    /// <summary>Parses and formats a text.</summary>
    /// <param name="text">Nix source text.</param>
    /// <param name="options">Options; <see cref="NixFormatterOptions.Default"/> when null.</param>
    /// <returns>The formatted text, or the original text with the reason it was left alone.</returns>
    public static FormattingResult Format(string text, NixFormatterOptions? options = null) =>
        Format(NixSyntaxTree.ParseText(text), options);

    /// <summary>The formatted text of a tree, computed on a large stack (deep trees recurse deeply).</summary>
    internal static string FormatRoot(SourceFileSyntax root, NixFormatterOptions options) =>
        LargeStack.Run(() =>
        {
            var (expression, finalTrivia) = FormatModelBuilder.Build(root);
            var doc = NixDocPrinter.File(expression, finalTrivia);
            var resolved = DocResolver.Fixup(DocResolver.RemoveUnclosedMarkers(DocResolver.Resolve(doc)));
            return DocLayout.Render(resolved, options.LineWidth, options.IndentSize);
        });

    /// <summary>Null when the formatted text passes every check, else what is wrong.</summary>
    private static string? Verify(NixSyntaxTree tree, string text, NixFormatterOptions options)
    {
        var reparsed = NixSyntaxTree.ParseText(text, tree.FilePath);
        if (reparsed.HasErrors && !tree.HasErrors)
            return "The formatted text does not parse: " + reparsed.GetDiagnostics()[0];
        if (!FormattingEquivalence.AreEquivalent(tree.GetRoot(), reparsed.GetRoot()))
            return "The formatted text does not mean the same as the original.";
        var before = FormattingEquivalence.CommentWords(tree.GetRoot());
        var after = FormattingEquivalence.CommentWords(reparsed.GetRoot());
        if (!before.SequenceEqual(after))
            return "The formatted text does not keep every comment exactly once.";
        var again = FormatRoot(reparsed.GetRoot(), options);
        if (again != text)
            return "Formatting the formatted text changes it again (not idempotent).";
        return null;
    }
}

using Nix.Syntax;
using Nix.Syntax.Text;

namespace K3s.Modules.Linting;

/// <summary>
/// Builds <see cref="LintFix"/>es from edits anchored on syntax nodes of one file. The edited text is
/// parsed again and the fix is dropped if it would not parse; the text edit is the minimal changed span,
/// so the rest of the file stays byte for byte.
/// </summary>
internal static class FixFactory
{
    public static LintFix? Create(string description, NixSyntaxTree tree, params (TextSpan Span, string Text)[] edits)
    {
        if (tree.FilePath is null || tree.HasErrors || edits.Length == 0) return null;
        var text = tree.Text.Text;
        var ordered = edits.OrderByDescending(e => e.Span.Start).ToList();
        for (int i = 1; i < ordered.Count; i++)
            if (ordered[i].Span.End > ordered[i - 1].Span.Start) return null;
        var newText = text;
        foreach (var (span, replacement) in ordered) newText = newText[..span.Start] + replacement + newText[span.End..];
        if (NixSyntaxTree.ParseText(newText).HasErrors) return null;
        int prefix = 0;
        while (prefix < text.Length && prefix < newText.Length && text[prefix] == newText[prefix]) prefix++;
        int suffix = 0;
        while (suffix < text.Length - prefix && suffix < newText.Length - prefix && text[^(suffix + 1)] == newText[^(suffix + 1)]) suffix++;
        var edit = new LintTextEdit(tree.FilePath, new TextSpan(prefix, text.Length - prefix - suffix), newText.Substring(prefix, newText.Length - prefix - suffix));
        return new LintFix(description, [edit], new Dictionary<string, string>(StringComparer.Ordinal) { [tree.FilePath] = newText });
    }

    public static (TextSpan, string) Replace(SyntaxNode node, string text) => (node.Span, text);

    /// <summary>Inserts an element at the end of a list, on its own line when the list is written one element per line.</summary>
    public static (TextSpan, string) AppendElement(ListExpressionSyntax list, string element)
    {
        var text = list.SyntaxTree!.Text;
        if (list.Elements.Count == 0)
            return (TextSpan.FromBounds(list.OpenBracketToken.Span.End, list.CloseBracketToken.Span.Start), " " + element + " ");
        var last = list.Elements[list.Elements.Count - 1];
        var lastLine = text.GetLinePosition(last.SpanStart);
        bool multiLine = text.GetLinePosition(list.OpenBracketToken.Span.Start).Line != lastLine.Line;
        if (!multiLine) return (new TextSpan(last.Span.End, 0), " " + element);
        var lineStart = text.GetLineStart(lastLine.Line);
        var indent = text.Text.Substring(lineStart, last.SpanStart - lineStart);
        if (indent.Any(c => !char.IsWhiteSpace(c))) indent = new string(' ', indent.Length);
        return (new TextSpan(last.Span.End, 0), "\n" + indent + element);
    }

    /// <summary>Inserts bindings at the end of an attribute set, on their own lines when the set is written one binding per line.</summary>
    public static (TextSpan, string) AppendBindings(AttrSetExpressionSyntax set, IReadOnlyList<string> bindings)
    {
        var text = set.SyntaxTree!.Text;
        if (set.Bindings.Count == 0)
            return (TextSpan.FromBounds(set.OpenBraceToken.Span.End, set.CloseBraceToken.Span.Start), " " + string.Join(" ", bindings) + " ");
        var last = set.Bindings[set.Bindings.Count - 1];
        var lastLine = text.GetLinePosition(last.SpanStart);
        bool multiLine = text.GetLinePosition(set.OpenBraceToken.Span.Start).Line != lastLine.Line;
        if (!multiLine) return (new TextSpan(last.Span.End, 0), " " + string.Join(" ", bindings));
        var lineStart = text.GetLineStart(lastLine.Line);
        var indent = text.Text.Substring(lineStart, last.SpanStart - lineStart);
        if (indent.Any(c => !char.IsWhiteSpace(c))) indent = new string(' ', indent.Length);
        return (new TextSpan(last.Span.End, 0), string.Concat(bindings.Select(b => "\n" + indent + b)));
    }

    /// <summary>Removes a list element with the whitespace before it (and a comment after it on the same line).</summary>
    public static (TextSpan, string) RemoveElement(ExpressionSyntax element)
    {
        var list = (ListExpressionSyntax)element.Parent!;
        int index = -1;
        for (int i = 0; i < list.Elements.Count; i++)
            if (list.Elements[i] == element || list.Elements[i].Span == element.Span) { index = i; break; }
        int start = index > 0 ? list.Elements[index - 1].Span.End : list.OpenBracketToken.Span.End;
        int end = element.Span.End;
        var text = list.SyntaxTree!.Text;
        // Keep a trailing comment only if it is not on the removed element's line.
        var token = element.GetLastToken();
        foreach (var trivia in token.TrailingTrivia)
            if (trivia.Kind == NixSyntaxKind.SingleLineCommentTrivia && text.GetLinePosition(trivia.Span.Start).Line == text.GetLinePosition(element.Span.End).Line)
                end = trivia.Span.End;
        return (TextSpan.FromBounds(start, end), string.Empty);
    }

    /// <summary>A Nix string literal for <paramref name="value"/>.</summary>
    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("${", "\\${") + "\"";
}

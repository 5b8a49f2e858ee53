using K3s.Modules.Values;
using Nix.Syntax;
using static Nix.Syntax.SyntaxFactory;

namespace K3s.Modules.Editing;

/// <summary>One place in a rebuilt list: an old element kept (<see cref="Item"/> null) or a new item after old element <see cref="Old"/>.</summary>
/// <param name="Old">The old element's index (-1: before the first).</param>
/// <param name="Item">The new item, or null to keep the old element.</param>
internal readonly record struct ListSlot(int Old, NixListItem? Item);

/// <summary>
/// How a written list is laid out (one element per line or all on one line, the elements' indentation), so that
/// new elements look like their neighbours and kept ones keep every byte.
/// </summary>
/// <param name="Multiline">Whether each element has its own line.</param>
/// <param name="ElementIndent">The elements' indentation.</param>
/// <param name="LineIndent">The indentation of the line the list starts on.</param>
/// <param name="LineEnd">The file's line end.</param>
internal sealed record ListLayout(bool Multiline, string ElementIndent, string LineIndent, string LineEnd)
{
    public static ListLayout Of(ListExpressionSyntax list, string lineIndent, string endOfLine)
    {
        bool multiline = HasEndOfLine(list.OpenBracketToken.TrailingTrivia) || list.Elements.Any(e => HasEndOfLine(e.GetTrailingTrivia()));
        string indent = list.Elements.Count > 0 ? Indentation(list.Elements[0].GetLeadingTrivia()) ?? lineIndent + "  " : lineIndent + "  ";
        return new ListLayout(multiline, indent, lineIndent, endOfLine);
    }

    private static bool HasEndOfLine(SyntaxTriviaList trivia) => trivia.Any(t => t.Kind == NixSyntaxKind.EndOfLineTrivia);

    // The whitespace after the last line end of leading trivia (or all of it when it is only whitespace).
    private static string? Indentation(SyntaxTriviaList leading)
    {
        string indent = string.Empty;
        foreach (var t in leading)
        {
            if (t.Kind == NixSyntaxKind.WhitespaceTrivia) indent = t.ToString();
            else indent = string.Empty;
        }
        return indent;
    }

    /// <summary>The list with the elements of <paramref name="plan"/>, old ones taken from <paramref name="current"/>.</summary>
    public ListExpressionSyntax Rebuild(ListExpressionSyntax current, IReadOnlyList<ListSlot> plan)
    {
        var old = current.Elements;
        var elements = new List<ExpressionSyntax>(plan.Count);
        for (int i = 0; i < plan.Count; i++)
        {
            var slot = plan[i];
            if (slot.Item is null)
            {
                elements.Add(old[slot.Old]);
                continue;
            }
            var value = ValueSyntaxFactory.Expression(slot.Item.Value, ElementIndent).WithoutTrivia();
            elements.Add(Multiline ? value.WithLeadingTrivia(Leading()).WithTrailingTrivia(Trailing(slot.Item.Comment))
                : OnOneLine(value, slot.Item.Comment, elements.Count > 0 ? elements[^1] : null, i == plan.Count - 1, old));
        }
        var open = current.OpenBracketToken;
        // `[]` gains room for its first element.
        if (old.Count == 0 && elements.Count > 0 && !Multiline && open.TrailingTrivia.Count == 0 && current.CloseBracketToken.LeadingTrivia.Count == 0)
            open = open.WithTrailingTrivia(Whitespace(" "));
        return current.Update(open, List(elements), current.CloseBracketToken);
    }

    private SyntaxTrivia[] Leading() => ElementIndent.Length == 0 ? [] : [Whitespace(ElementIndent)];

    private SyntaxTrivia[] Trailing(string? comment) => comment is null
        ? [EndOfLine(LineEnd)]
        : [Whitespace(" "), Comment(Remark.ToCommentText(comment)), EndOfLine(LineEnd)];

    private ExpressionSyntax OnOneLine(ExpressionSyntax value, string? comment, ExpressionSyntax? previous, bool last, SyntaxList<ExpressionSyntax> old)
    {
        // A space before the new element when the previous one is glued to it (["a"] gets ["a" "b"]).
        var leading = previous is not null && previous.GetTrailingTrivia().Count == 0 ? new[] { Whitespace(" ") } : [];
        SyntaxTrivia[] trailing;
        if (comment is not null)
            trailing = [Whitespace(" "), Comment(Remark.ToCommentText(comment)), EndOfLine(LineEnd), Whitespace(LineIndent + "  ")];
        else if (last && old.Count > 0)
            trailing = old[^1].GetTrailingTrivia().ToArray();
        else trailing = [Whitespace(" ")];
        return value.WithLeadingTrivia(leading).WithTrailingTrivia(trailing);
    }
}

namespace Nix.Syntax.Formatting;

/// <summary>
/// Whether formatting kept the meaning of a file: the trees are <see cref="SyntaxNode.IsEquivalentTo"/> except
/// for what the formatter may respell: a string's quoting and indentation (compared by value), a URI written as
/// a string, and the optional comma after the last formal.
/// </summary>
internal static class FormattingEquivalence
{
    public static bool AreEquivalent(SyntaxNode original, SyntaxNode formatted)
    {
        if (original.IsEquivalentTo(formatted)) return true;
        var stack = new Stack<(SyntaxNodeOrToken, SyntaxNodeOrToken)>();
        stack.Push((original, formatted));
        while (stack.Count > 0)
        {
            var (a, b) = stack.Pop();
            if (a.IsToken || b.IsToken)
            {
                if (!a.IsToken || !b.IsToken) return false;
                var (ta, tb) = (a.AsToken(), b.AsToken());
                if (ta.Kind != tb.Kind || ta.Text != tb.Text) return false;
                continue;
            }
            var (na, nb) = (a.AsNode()!, b.AsNode()!);
            if (StringValue(na) is { } sa && StringValue(nb) is { } sb)
            {
                if (sa.Count != sb.Count) return false;
                for (int i = 0; i < sa.Count; i++)
                {
                    if (sa[i].Text != sb[i].Text) return false;
                    if (sa[i].Interpolation is { } ia)
                    {
                        if (sb[i].Interpolation is not { } ib) return false;
                        stack.Push((ia, ib));
                    }
                    else if (sb[i].Interpolation is not null) return false;
                }
                continue;
            }
            if (na.Kind != nb.Kind) return false;
            var ca = Children(na);
            var cb = Children(nb);
            if (ca.Count != cb.Count) return false;
            for (int i = 0; i < ca.Count; i++) stack.Push((ca[i], cb[i]));
        }
        return true;
    }

    private static List<SyntaxNodeOrToken> Children(SyntaxNode node)
    {
        var children = node.ChildNodesAndTokens().ToList();
        // The comma after the last formal is optional.
        if (node.Kind == NixSyntaxKind.List && node.Parent is FormalSetSyntax && children.Count > 0 && children[^1].Kind == NixSyntaxKind.CommaToken)
            children.RemoveAt(children.Count - 1);
        if (node is FormalSetSyntax)
            for (int i = children.Count - 2; i >= 0; i--)
                if (children[i].Kind == NixSyntaxKind.CommaToken && children[i + 1].Kind == NixSyntaxKind.CloseBraceToken)
                    children.RemoveAt(i);
        return children;
    }

    private sealed record ValuePart(string? Text, ExpressionSyntax? Interpolation);

    private static List<ValuePart>? StringValue(SyntaxNode node)
    {
        if (node is LiteralExpressionSyntax { Kind: NixSyntaxKind.UriExpression } uri) return [new ValuePart(uri.Token.Text, null)];
        if (node is not StringExpressionSyntax str) return null;
        return str.GetCookedParts().Select(p => p.Interpolation is null
            ? new ValuePart(p.Text, null)
            : new ValuePart(null, p.Interpolation.Expression)).ToList();
    }

    /// <summary>
    /// The words of every comment of a tree, one entry per word, sorted (delimiters and stars left out). Per word, not
    /// per comment: like nixfmt, the formatter joins the comments that trail one line (<c>/* a */ # b</c>) into a single
    /// <c># a b</c>, which keeps every word exactly once.
    /// </summary>
    public static List<string> CommentWords(SyntaxNode root)
    {
        var result = new List<string>();
        foreach (var trivia in root.DescendantTrivia())
        {
            string text = trivia.ToString();
            switch (trivia.Kind)
            {
                case NixSyntaxKind.SingleLineCommentTrivia:
                    text = text[1..];
                    break;
                case NixSyntaxKind.MultiLineCommentTrivia or NixSyntaxKind.DocumentationCommentTrivia:
                    text = text[2..^2];
                    break;
                default:
                    continue;
            }
            foreach (var line in text.Split('\n'))
                result.AddRange(line.Trim().TrimStart('*').Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
        }
        result.Sort(StringComparer.Ordinal);
        return result;
    }
}

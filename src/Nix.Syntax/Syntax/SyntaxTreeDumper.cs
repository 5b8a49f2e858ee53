using System.Text;

namespace Nix.Syntax;

/// <summary>
/// Writes a tree as indented text, one node, token or trivia a line, with kinds, spans and texts: what
/// <c>nixk3s parse --tree</c> prints and what golden files hold. Iterative, so any depth prints.
/// </summary>
public static class SyntaxTreeDumper
{
    /// <summary>Dumps <paramref name="node"/> and everything below it.</summary>
    /// <param name="node">The node to dump.</param>
    /// <param name="includeTrivia">Whether to list each token's leading and trailing trivia.</param>
    public static string Dump(SyntaxNode node, bool includeTrivia = true)
    {
        var builder = new StringBuilder();
        var stack = new Stack<(SyntaxNodeOrToken Item, int Depth)>();
        stack.Push((node, 0));
        while (stack.Count > 0)
        {
            var (item, depth) = stack.Pop();
            Indent(builder, depth);
            if (item.AsNode() is { } n)
            {
                builder.Append(n.Kind).Append(' ').Append(Span(n.FullSpan)).Append('\n');
                var children = n.ChildNodesAndTokens().ToList();
                for (int i = children.Count - 1; i >= 0; i--) stack.Push((children[i], depth + 1));
                continue;
            }
            var token = item.AsToken();
            builder.Append(token.Kind).Append(' ').Append(Span(token.Span));
            if (token.IsMissing) builder.Append(" missing");
            else builder.Append(' ').Append(Quote(token.Text));
            builder.Append('\n');
            if (!includeTrivia) continue;
            foreach (var trivia in token.LeadingTrivia) AppendTrivia(builder, depth + 1, "leading", trivia);
            foreach (var trivia in token.TrailingTrivia) AppendTrivia(builder, depth + 1, "trailing", trivia);
        }
        return builder.ToString();
    }

    private static void AppendTrivia(StringBuilder builder, int depth, string side, SyntaxTrivia trivia)
    {
        Indent(builder, depth);
        builder.Append(side).Append(' ').Append(trivia.Kind).Append(' ').Append(Span(trivia.Span)).Append(' ').Append(Quote(trivia.ToString())).Append('\n');
    }

    private static void Indent(StringBuilder builder, int depth) => builder.Append(' ', depth * 2);

    private static string Span(Text.TextSpan span) => $"{span.Start}..{span.End}";

    /// <summary>Quotes text the way C# would, so that control characters and line ends stay visible.</summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u007f' || char.IsSurrogate(c) || c == '\uFEFF') builder.Append($"\\u{(int)c:x4}");
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}

namespace Nix.Syntax;

// The trivia around a node: the leading trivia of its first token and the trailing trivia of its last.
public abstract partial class SyntaxNode
{
    /// <summary>The leading trivia of the node's first token (zero-width tokens included, as in Roslyn).</summary>
    /// <returns>The trivia, or an empty list for a node without tokens.</returns>
    public SyntaxTriviaList GetLeadingTrivia() => GetFirstTokenIncludingZeroWidth().LeadingTrivia;

    /// <summary>The trailing trivia of the node's last token (zero-width tokens included).</summary>
    /// <returns>The trivia, or an empty list for a node without tokens.</returns>
    public SyntaxTriviaList GetTrailingTrivia() => GetLastTokenIncludingZeroWidth().TrailingTrivia;

    /// <summary>The first token in document order, even one of zero width; default when there is none.</summary>
    internal SyntaxToken GetFirstTokenIncludingZeroWidth() => DescendantTokens().FirstOrDefault();

    /// <summary>The last token in document order, even one of zero width; default when there is none.</summary>
    internal SyntaxToken GetLastTokenIncludingZeroWidth()
    {
        // Down the last children, backing up past nodes without tokens: an explicit stack, no recursion.
        var stack = new Stack<SyntaxNodeOrToken>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (item.IsToken) return item.AsToken();
            foreach (var child in item.AsNode()!.ChildNodesAndTokens()) stack.Push(child);
        }

        return default;
    }
}

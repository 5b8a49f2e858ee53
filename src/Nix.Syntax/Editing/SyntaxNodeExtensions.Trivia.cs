namespace Nix.Syntax;

// Replacing the trivia around a node: that of its first and last tokens.
public static partial class SyntaxNodeExtensions
{
    /// <summary>A copy of <paramref name="node"/> whose first token has <paramref name="trivia"/> as leading trivia.</summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="trivia">The new leading trivia (null or empty for none).</param>
    /// <returns>The new node, without parent (the node itself when it has no token).</returns>
    public static TNode WithLeadingTrivia<TNode>(this TNode node, IEnumerable<SyntaxTrivia>? trivia) where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(node);
        var first = node.GetFirstTokenIncludingZeroWidth();
        return first.Node is null ? node : node.ReplaceToken(first, first.WithLeadingTrivia(trivia));
    }

    /// <summary>A copy of <paramref name="node"/> whose first token has <paramref name="trivia"/> as leading trivia.</summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="trivia">The new leading trivia.</param>
    /// <returns>The new node, without parent.</returns>
    public static TNode WithLeadingTrivia<TNode>(this TNode node, params SyntaxTrivia[]? trivia) where TNode : SyntaxNode =>
        node.WithLeadingTrivia((IEnumerable<SyntaxTrivia>?)trivia);

    /// <summary>A copy of <paramref name="node"/> whose first token has <paramref name="trivia"/> as leading trivia.</summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="trivia">The new leading trivia.</param>
    /// <returns>The new node, without parent.</returns>
    public static TNode WithLeadingTrivia<TNode>(this TNode node, SyntaxTriviaList trivia) where TNode : SyntaxNode =>
        node.WithLeadingTrivia((IEnumerable<SyntaxTrivia>)trivia);

    /// <summary>A copy of <paramref name="node"/> whose last token has <paramref name="trivia"/> as trailing trivia.</summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="trivia">The new trailing trivia (null or empty for none).</param>
    /// <returns>The new node, without parent (the node itself when it has no token).</returns>
    public static TNode WithTrailingTrivia<TNode>(this TNode node, IEnumerable<SyntaxTrivia>? trivia) where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(node);
        var last = node.GetLastTokenIncludingZeroWidth();
        return last.Node is null ? node : node.ReplaceToken(last, last.WithTrailingTrivia(trivia));
    }

    /// <summary>A copy of <paramref name="node"/> whose last token has <paramref name="trivia"/> as trailing trivia.</summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="trivia">The new trailing trivia.</param>
    /// <returns>The new node, without parent.</returns>
    public static TNode WithTrailingTrivia<TNode>(this TNode node, params SyntaxTrivia[]? trivia) where TNode : SyntaxNode =>
        node.WithTrailingTrivia((IEnumerable<SyntaxTrivia>?)trivia);

    /// <summary>A copy of <paramref name="node"/> whose last token has <paramref name="trivia"/> as trailing trivia.</summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="trivia">The new trailing trivia.</param>
    /// <returns>The new node, without parent.</returns>
    public static TNode WithTrailingTrivia<TNode>(this TNode node, SyntaxTriviaList trivia) where TNode : SyntaxNode =>
        node.WithTrailingTrivia((IEnumerable<SyntaxTrivia>)trivia);

    /// <summary>A copy of <paramref name="node"/> with the leading and trailing trivia of <paramref name="other"/>.</summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="other">The node whose outer trivia to take.</param>
    /// <returns>The new node, without parent.</returns>
    public static TNode WithTriviaFrom<TNode>(this TNode node, SyntaxNode other) where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(other);
        return node.WithLeadingTrivia(other.GetLeadingTrivia()).WithTrailingTrivia(other.GetTrailingTrivia());
    }

    /// <summary>A copy of <paramref name="node"/> without its outer leading and trailing trivia.</summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <returns>The new node, without parent.</returns>
    public static TNode WithoutTrivia<TNode>(this TNode node) where TNode : SyntaxNode =>
        node.WithLeadingTrivia((IEnumerable<SyntaxTrivia>?)null).WithTrailingTrivia((IEnumerable<SyntaxTrivia>?)null);
}

namespace Nix.Syntax;

// Inserting nodes into a list next to an element, and trivia next to a trivia.
public static partial class SyntaxNodeExtensions
{
    /// <summary>Inserts <paramref name="newNodes"/> before <paramref name="nodeInList"/>, an element of a list.</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="nodeInList">An element of a list at or below <paramref name="root"/>.</param>
    /// <param name="newNodes">The nodes to insert, in order; in a separated list, separators are added.</param>
    /// <returns>The new root.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="nodeInList"/> is not an element of a list.</exception>
    public static TRoot InsertNodesBefore<TRoot>(this TRoot root, SyntaxNode nodeInList, IEnumerable<SyntaxNode> newNodes) where TRoot : SyntaxNode =>
        root.InsertNodes(nodeInList, newNodes, before: true);

    /// <summary>Inserts <paramref name="newNodes"/> after <paramref name="nodeInList"/>, an element of a list.</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="nodeInList">An element of a list at or below <paramref name="root"/>.</param>
    /// <param name="newNodes">The nodes to insert, in order; in a separated list, separators are added.</param>
    /// <returns>The new root.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="nodeInList"/> is not an element of a list.</exception>
    public static TRoot InsertNodesAfter<TRoot>(this TRoot root, SyntaxNode nodeInList, IEnumerable<SyntaxNode> newNodes) where TRoot : SyntaxNode =>
        root.InsertNodes(nodeInList, newNodes, before: false);

    /// <summary>Inserts <paramref name="newTrivia"/> before <paramref name="trivia"/>.</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="trivia">Trivia of a token below <paramref name="root"/>.</param>
    /// <param name="newTrivia">The trivia to insert, in order.</param>
    /// <returns>The new root.</returns>
    public static TRoot InsertTriviaBefore<TRoot>(this TRoot root, SyntaxTrivia trivia, IEnumerable<SyntaxTrivia> newTrivia) where TRoot : SyntaxNode =>
        root.ReplaceTrivia(trivia, [.. newTrivia, trivia]);

    /// <summary>Inserts <paramref name="newTrivia"/> after <paramref name="trivia"/>.</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="trivia">Trivia of a token below <paramref name="root"/>.</param>
    /// <param name="newTrivia">The trivia to insert, in order.</param>
    /// <returns>The new root.</returns>
    public static TRoot InsertTriviaAfter<TRoot>(this TRoot root, SyntaxTrivia trivia, IEnumerable<SyntaxTrivia> newTrivia) where TRoot : SyntaxNode =>
        root.ReplaceTrivia(trivia, [trivia, .. newTrivia]);

    private static TRoot InsertNodes<TRoot>(this TRoot root, SyntaxNode nodeInList, IEnumerable<SyntaxNode> newNodes, bool before) where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(nodeInList);
        ArgumentNullException.ThrowIfNull(newNodes);
        var inserted = Greens(newNodes);
        var replacer = new SyntaxReplacer(root);
        replacer.ReplaceNode(nodeInList, rewritten => before ? [.. inserted, rewritten.Green] : [rewritten.Green, .. inserted], mayBeSeveral: true);
        return (TRoot)replacer.Apply()!;
    }
}

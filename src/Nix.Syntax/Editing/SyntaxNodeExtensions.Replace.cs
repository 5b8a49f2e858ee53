namespace Nix.Syntax;

/// <summary>
/// Edits of immutable trees, with Roslyn's names and meaning: each returns a new root that shares every untouched
/// part with the original, and leaves the original as it was. None of them recurses, so they work on trees of any
/// depth.
/// </summary>
public static partial class SyntaxNodeExtensions
{
    /// <summary>
    /// Replaces nodes, tokens and trivia below <paramref name="root"/> in one pass. Each replacement is computed
    /// from the original and from its rewritten form (the original with the replacements below it already made).
    /// </summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit; it need not be the root of its tree.</param>
    /// <param name="nodes">Nodes to replace, or null.</param>
    /// <param name="computeReplacementNode">Gives the replacement of a node from (original, rewritten).</param>
    /// <param name="tokens">Tokens to replace, or null.</param>
    /// <param name="computeReplacementToken">Gives the replacement of a token from (original, rewritten).</param>
    /// <param name="trivia">Trivia to replace, or null.</param>
    /// <param name="computeReplacementTrivia">Gives the replacement of a trivia from (original, rewritten).</param>
    /// <returns>The new root, or <paramref name="root"/> itself when nothing changed.</returns>
    /// <exception cref="ArgumentException">Something to replace is not below <paramref name="root"/>.</exception>
    /// <exception cref="InvalidOperationException">A replacement does not fit where it goes (a node of the wrong class, a required part removed).</exception>
    public static TRoot ReplaceSyntax<TRoot>(
        this TRoot root,
        IEnumerable<SyntaxNode>? nodes, Func<SyntaxNode, SyntaxNode, SyntaxNode>? computeReplacementNode,
        IEnumerable<SyntaxToken>? tokens, Func<SyntaxToken, SyntaxToken, SyntaxToken>? computeReplacementToken,
        IEnumerable<SyntaxTrivia>? trivia, Func<SyntaxTrivia, SyntaxTrivia, SyntaxTrivia>? computeReplacementTrivia)
        where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        var replacer = new SyntaxReplacer(root);
        if (nodes is not null)
        {
            ArgumentNullException.ThrowIfNull(computeReplacementNode);
            foreach (var node in nodes)
                replacer.ReplaceNode(node, rewritten => [(computeReplacementNode(node, rewritten) ?? throw NullReplacement()).Green]);
        }

        if (tokens is not null)
        {
            ArgumentNullException.ThrowIfNull(computeReplacementToken);
            foreach (var token in tokens)
                replacer.ReplaceToken(token, rewritten => computeReplacementToken(token, rewritten).Node is { } green ? [green] : []);
        }

        if (trivia is not null)
        {
            ArgumentNullException.ThrowIfNull(computeReplacementTrivia);
            foreach (var item in trivia)
                replacer.ReplaceTrivia(item, original => computeReplacementTrivia(original, original).Node is { } green ? [green] : []);
        }

        return (TRoot)replacer.Apply()!;
    }

    /// <summary>Replaces <paramref name="oldNode"/> by <paramref name="newNode"/>.</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="oldNode">A node at or below <paramref name="root"/>.</param>
    /// <param name="newNode">The node to put in its place (its trivia is kept as it is).</param>
    /// <returns>The new root.</returns>
    /// <exception cref="ArgumentException"><paramref name="oldNode"/> is not below <paramref name="root"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="newNode"/> is of a class that cannot stand there.</exception>
    public static TRoot ReplaceNode<TRoot>(this TRoot root, SyntaxNode oldNode, SyntaxNode newNode) where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(newNode);
        return root.ReplaceNodes([oldNode], (_, _) => newNode);
    }

    /// <summary>Replaces <paramref name="oldNode"/>, an element of a list, by any number of nodes (none removes it).</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="oldNode">An element of a list at or below <paramref name="root"/>.</param>
    /// <param name="newNodes">The nodes to put in its place, in order; in a separated list, separators are added between them.</param>
    /// <returns>The new root.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="oldNode"/> is not an element of a list.</exception>
    public static TRoot ReplaceNode<TRoot>(this TRoot root, SyntaxNode oldNode, IEnumerable<SyntaxNode> newNodes) where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(newNodes);
        var greens = Greens(newNodes);
        var replacer = new SyntaxReplacer(root);
        replacer.ReplaceNode(oldNode, _ => greens, mayBeSeveral: true);
        return (TRoot)replacer.Apply()!;
    }

    /// <summary>Replaces each of <paramref name="nodes"/> by what <paramref name="computeReplacementNode"/> returns.</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <typeparam name="TNode">The class of the nodes.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="nodes">Nodes at or below <paramref name="root"/>; they may be nested.</param>
    /// <param name="computeReplacementNode">Gives the replacement from (original, rewritten), where rewritten already has the replacements below it.</param>
    /// <returns>The new root.</returns>
    public static TRoot ReplaceNodes<TRoot, TNode>(this TRoot root, IEnumerable<TNode> nodes, Func<TNode, TNode, SyntaxNode> computeReplacementNode)
        where TRoot : SyntaxNode
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(computeReplacementNode);
        return root.ReplaceSyntax(nodes, (original, rewritten) => computeReplacementNode((TNode)original, (TNode)rewritten), null, null, null, null);
    }

    /// <summary>Replaces <paramref name="oldToken"/> by <paramref name="newToken"/>.</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="oldToken">A token below <paramref name="root"/>.</param>
    /// <param name="newToken">The token to put in its place; <c>default</c> removes an optional token.</param>
    /// <returns>The new root.</returns>
    public static TRoot ReplaceToken<TRoot>(this TRoot root, SyntaxToken oldToken, SyntaxToken newToken) where TRoot : SyntaxNode =>
        root.ReplaceSyntax(null, null, [oldToken], (_, _) => newToken, null, null);

    /// <summary>Replaces each of <paramref name="tokens"/> by what <paramref name="computeReplacementToken"/> returns.</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="tokens">Tokens below <paramref name="root"/>.</param>
    /// <param name="computeReplacementToken">Gives the replacement from (original, rewritten), where rewritten already has its trivia replaced.</param>
    /// <returns>The new root.</returns>
    public static TRoot ReplaceTokens<TRoot>(this TRoot root, IEnumerable<SyntaxToken> tokens, Func<SyntaxToken, SyntaxToken, SyntaxToken> computeReplacementToken)
        where TRoot : SyntaxNode =>
        root.ReplaceSyntax(null, null, tokens, computeReplacementToken, null, null);

    /// <summary>Replaces <paramref name="oldTrivia"/> by <paramref name="newTrivia"/>.</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="oldTrivia">Trivia of a token below <paramref name="root"/>.</param>
    /// <param name="newTrivia">The trivia to put in its place; <c>default</c> removes it.</param>
    /// <returns>The new root.</returns>
    public static TRoot ReplaceTrivia<TRoot>(this TRoot root, SyntaxTrivia oldTrivia, SyntaxTrivia newTrivia) where TRoot : SyntaxNode =>
        root.ReplaceSyntax(null, null, null, null, [oldTrivia], (_, _) => newTrivia);

    /// <summary>Replaces <paramref name="oldTrivia"/> by any number of trivia (none removes it).</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="oldTrivia">Trivia of a token below <paramref name="root"/>.</param>
    /// <param name="newTrivia">The trivia to put in its place, in order.</param>
    /// <returns>The new root.</returns>
    public static TRoot ReplaceTrivia<TRoot>(this TRoot root, SyntaxTrivia oldTrivia, IEnumerable<SyntaxTrivia> newTrivia) where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        var greens = TriviaGreens(newTrivia);
        var replacer = new SyntaxReplacer(root);
        replacer.ReplaceTrivia(oldTrivia, _ => greens);
        return (TRoot)replacer.Apply()!;
    }

    /// <summary>Replaces each of <paramref name="trivia"/> by what <paramref name="computeReplacementTrivia"/> returns.</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="trivia">Trivia of tokens below <paramref name="root"/>.</param>
    /// <param name="computeReplacementTrivia">Gives the replacement from (original, rewritten); trivia has no parts, so both are the same.</param>
    /// <returns>The new root.</returns>
    public static TRoot ReplaceTrivia<TRoot>(this TRoot root, IEnumerable<SyntaxTrivia> trivia, Func<SyntaxTrivia, SyntaxTrivia, SyntaxTrivia> computeReplacementTrivia)
        where TRoot : SyntaxNode =>
        root.ReplaceSyntax(null, null, null, null, trivia, computeReplacementTrivia);

    private static List<Nix.Syntax.InternalSyntax.GreenNode> Greens(IEnumerable<SyntaxNode> nodes)
    {
        var greens = new List<Nix.Syntax.InternalSyntax.GreenNode>();
        foreach (var node in nodes)
        {
            if (node is null) throw new ArgumentNullException(nameof(nodes), "A replacement node is null.");
            greens.Add(node.Green);
        }

        return greens;
    }

    private static List<Nix.Syntax.InternalSyntax.GreenNode> TriviaGreens(IEnumerable<SyntaxTrivia> trivia)
    {
        ArgumentNullException.ThrowIfNull(trivia);
        var greens = new List<Nix.Syntax.InternalSyntax.GreenNode>();
        foreach (var item in trivia)
            if (item.Node is not null) greens.Add(item.Node);
        return greens;
    }

    private static InvalidOperationException NullReplacement() =>
        new("The replacement of a node is null; use RemoveNode to remove one.");
}

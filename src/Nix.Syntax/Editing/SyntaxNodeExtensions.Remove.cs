namespace Nix.Syntax;

// Removing nodes: list elements (with their separator) and optional parts.
public static partial class SyntaxNodeExtensions
{
    /// <summary>
    /// Removes <paramref name="node"/>: an element of a list (a separated list loses the separator after it, or
    /// before it when it was last) or an optional part such as the default of <c>a.b or c</c>.
    /// </summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="node">A node below <paramref name="root"/>.</param>
    /// <param name="options">Which of the removed node's trivia to keep; kept trivia moves to the next token.</param>
    /// <returns>The new root, or null when <paramref name="node"/> is the root.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="node"/> is a required part of its parent.</exception>
    public static TRoot? RemoveNode<TRoot>(this TRoot root, SyntaxNode node, SyntaxRemoveOptions options) where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(node);
        return root.RemoveNodes([node], options);
    }

    /// <summary>Removes <paramref name="nodes"/> in one edit; see <see cref="RemoveNode{TRoot}"/>.</summary>
    /// <typeparam name="TRoot">The class of the root.</typeparam>
    /// <param name="root">The root of the edit.</param>
    /// <param name="nodes">Nodes below <paramref name="root"/>; a node inside another goes with it.</param>
    /// <param name="options">Which of the removed nodes' trivia to keep.</param>
    /// <returns>The new root, or null when the root itself is among <paramref name="nodes"/>.</returns>
    public static TRoot? RemoveNodes<TRoot>(this TRoot root, IEnumerable<SyntaxNode> nodes, SyntaxRemoveOptions options) where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        return (TRoot?)SyntaxNodeRemover.Remove(root, nodes, options);
    }
}

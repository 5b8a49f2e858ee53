using System.Runtime.CompilerServices;

namespace Nix.Syntax;

// The hand-written half of the rewriter: deep-tree safety and the visiting of tokens and lists.
// The per-class Visit… methods are generated into Generated/NixSyntaxRewriter.g.cs.
public partial class NixSyntaxRewriter
{
    /// <summary>
    /// Visits <paramref name="node"/> through its class's <c>Visit…</c> method. Each level checks the stack first;
    /// when it runs short (a tree can be a million levels deep), the visit goes on on a fresh thread with a large
    /// stack while this one waits, so deep trees are rewritten like any other instead of overflowing the stack.
    /// </summary>
    /// <param name="node">The node, or null.</param>
    /// <returns>The rewritten node: the node itself when nothing changed, another node, or null to remove it.</returns>
    public override SyntaxNode? Visit(SyntaxNode? node)
    {
        if (node is null) return null;
        if (RuntimeHelpers.TryEnsureSufficientExecutionStack()) return node.Accept(this);
        return LargeStack.RunOver(node, () => node.Accept(this));
    }

    /// <summary>Visits a token; returns it unchanged unless overridden.</summary>
    /// <param name="token">The token, or <c>default</c> for an absent optional token.</param>
    /// <returns>The token to use in its place.</returns>
    public virtual SyntaxToken VisitToken(SyntaxToken token) => token;

    /// <summary>Visits every element of a list; builds a new list only when an element changed or was removed.</summary>
    /// <typeparam name="TNode">The type of the elements.</typeparam>
    /// <param name="list">The list.</param>
    /// <returns>The list itself, or the rewritten list.</returns>
    public virtual SyntaxList<TNode> VisitList<TNode>(SyntaxList<TNode> list) where TNode : SyntaxNode
    {
        List<TNode>? rewritten = null;
        for (int i = 0, n = list.Count; i < n; i++)
        {
            var item = list[i];
            var visited = VisitListElement(item);
            if (rewritten is null && !ReferenceEquals(item, visited))
            {
                rewritten = new List<TNode>(n);
                for (int j = 0; j < i; j++) rewritten.Add(list[j]);
            }

            if (rewritten is not null && visited is not null) rewritten.Add(visited);
        }

        return rewritten is null ? list : SyntaxFactory.List(rewritten);
    }

    /// <summary>
    /// Visits every element and separator of a separated list; builds a new list only when one changed. An element
    /// removed takes the separator after it along (or, for the last element, the one before it, unless the list
    /// ended with a separator).
    /// </summary>
    /// <typeparam name="TNode">The type of the elements.</typeparam>
    /// <param name="list">The list.</param>
    /// <returns>The list itself, or the rewritten list.</returns>
    public virtual SeparatedSyntaxList<TNode> VisitSeparatedList<TNode>(SeparatedSyntaxList<TNode> list) where TNode : SyntaxNode
    {
        int count = list.Count;
        int separatorCount = list.SeparatorCount;
        var items = new List<SyntaxNodeOrToken>(count + separatorCount);
        bool changed = false;
        for (int i = 0; i < count; i++)
        {
            var item = list[i];
            var visited = VisitListElement(item);
            var separator = i < separatorCount ? list.GetSeparator(i) : default;
            var visitedSeparator = i < separatorCount ? VisitListSeparator(separator) : default;
            if (visited is null)
            {
                changed = true;
                continue;
            }

            changed |= !ReferenceEquals(item, visited) || visitedSeparator != separator;
            items.Add(visited);
            if (i < separatorCount) items.Add(visitedSeparator);
        }

        if (!changed) return list;
        bool hadTrailingSeparator = count > 0 && separatorCount == count;
        if (!hadTrailingSeparator && items.Count > 0 && items[^1].IsToken) items.RemoveAt(items.Count - 1);
        return SyntaxFactory.SeparatedList<TNode>(items);
    }

    /// <summary>Visits one element of a list.</summary>
    /// <typeparam name="TNode">The type of the elements.</typeparam>
    /// <param name="node">The element.</param>
    /// <returns>The element to use in its place, or null to remove it.</returns>
    /// <exception cref="InvalidCastException">The rewriter returned a node of another type than the list holds.</exception>
    public virtual TNode? VisitListElement<TNode>(TNode node) where TNode : SyntaxNode => (TNode?)Visit(node);

    /// <summary>Visits one separator of a separated list; by default <see cref="VisitToken"/>.</summary>
    /// <param name="separator">The separator.</param>
    /// <returns>The separator to use in its place.</returns>
    public virtual SyntaxToken VisitListSeparator(SyntaxToken separator) => VisitToken(separator);
}

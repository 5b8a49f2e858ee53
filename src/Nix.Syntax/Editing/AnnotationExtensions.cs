namespace Nix.Syntax;

/// <summary>Adding and removing annotations on nodes, typed so that a node keeps its class (Roslyn's <c>AnnotationExtensions</c>).</summary>
public static class AnnotationExtensions
{
    /// <summary>
    /// A copy of <paramref name="node"/> that also carries <paramref name="annotations"/>. The copy is a new
    /// root without parent; put it into a tree with <see cref="SyntaxNodeExtensions.ReplaceNode{TRoot}(TRoot, SyntaxNode, SyntaxNode)"/>.
    /// Only the copy is annotated, never another occurrence of the same text.
    /// </summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="annotations">The annotations to add; those already present are not added twice.</param>
    /// <returns>The annotated copy, or <paramref name="node"/> when there is nothing to add.</returns>
    public static TNode WithAdditionalAnnotations<TNode>(this TNode node, params SyntaxAnnotation[] annotations) where TNode : SyntaxNode =>
        node.WithAdditionalAnnotations((IEnumerable<SyntaxAnnotation>)annotations);

    /// <summary>A copy of <paramref name="node"/> that also carries <paramref name="annotations"/>.</summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="annotations">The annotations to add; those already present are not added twice.</param>
    /// <returns>The annotated copy, or <paramref name="node"/> when there is nothing to add.</returns>
    public static TNode WithAdditionalAnnotations<TNode>(this TNode node, IEnumerable<SyntaxAnnotation> annotations) where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(node);
        var merged = AnnotationSets.Add(GreenAnnotations.Get(node.Green), annotations);
        return merged is null ? node : (TNode)AnnotationSets.NewRoot(GreenAnnotations.WithAnnotations(node.Green, merged));
    }

    /// <summary>A copy of <paramref name="node"/> without <paramref name="annotations"/>.</summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="annotations">The annotations to remove.</param>
    /// <returns>The copy, or <paramref name="node"/> when it carries none of them.</returns>
    public static TNode WithoutAnnotations<TNode>(this TNode node, params SyntaxAnnotation[] annotations) where TNode : SyntaxNode =>
        node.WithoutAnnotations((IEnumerable<SyntaxAnnotation>)annotations);

    /// <summary>A copy of <paramref name="node"/> without <paramref name="annotations"/>.</summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="annotations">The annotations to remove.</param>
    /// <returns>The copy, or <paramref name="node"/> when it carries none of them.</returns>
    public static TNode WithoutAnnotations<TNode>(this TNode node, IEnumerable<SyntaxAnnotation> annotations) where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(annotations);
        var remove = annotations.ToHashSet();
        return node.Without(a => remove.Contains(a));
    }

    /// <summary>A copy of <paramref name="node"/> without its annotations of <paramref name="annotationKind"/>.</summary>
    /// <typeparam name="TNode">The node's class.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="annotationKind">The kind of annotation to remove.</param>
    /// <returns>The copy, or <paramref name="node"/> when it carries none of that kind.</returns>
    public static TNode WithoutAnnotations<TNode>(this TNode node, string annotationKind) where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Without(a => a.Kind == annotationKind);
    }

    private static TNode Without<TNode>(this TNode node, Predicate<SyntaxAnnotation> remove) where TNode : SyntaxNode
    {
        var current = GreenAnnotations.Get(node.Green);
        if (!Array.Exists(current, remove)) return node;
        var kept = Array.FindAll(current, a => !remove(a));
        return (TNode)AnnotationSets.NewRoot(GreenAnnotations.WithAnnotations(node.Green, kept));
    }
}

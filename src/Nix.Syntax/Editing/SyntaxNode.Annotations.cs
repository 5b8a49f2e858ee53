using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

// Reading annotations: whether a node has one, and finding annotated nodes and tokens below a node.
public abstract partial class SyntaxNode
{
    /// <summary>Whether this node or any node or token below it has an annotation.</summary>
    public bool ContainsAnnotations => Green.ContainsAnnotations;

    /// <summary>Whether this node has any annotation.</summary>
    public bool HasAnnotations() => Green.HasAnnotations;

    /// <summary>Whether this node has an annotation of <paramref name="annotationKind"/>.</summary>
    /// <param name="annotationKind">The kind of annotation.</param>
    /// <returns>True when one of this node's annotations has that kind.</returns>
    public bool HasAnnotations(string annotationKind) => Array.Exists(GreenAnnotations.Get(Green), a => a.Kind == annotationKind);

    /// <summary>Whether this node has <paramref name="annotation"/>.</summary>
    /// <param name="annotation">The annotation, or null (never present).</param>
    /// <returns>True when this node carries the annotation.</returns>
    public bool HasAnnotation(SyntaxAnnotation? annotation) => annotation is not null && Array.IndexOf(GreenAnnotations.Get(Green), annotation) >= 0;

    /// <summary>This node's annotations.</summary>
    /// <returns>The annotations, in the order they were added.</returns>
    public IEnumerable<SyntaxAnnotation> GetAnnotations() => GreenAnnotations.Get(Green);

    /// <summary>This node's annotations of <paramref name="annotationKind"/>.</summary>
    /// <param name="annotationKind">The kind of annotation.</param>
    /// <returns>The annotations of that kind.</returns>
    public IEnumerable<SyntaxAnnotation> GetAnnotations(string annotationKind) => GreenAnnotations.Get(Green).Where(a => a.Kind == annotationKind);

    /// <summary>The nodes and tokens, this node included, that carry an annotation matching <paramref name="predicate"/>.</summary>
    private IEnumerable<SyntaxNodeOrToken> GetAnnotatedNodesAndTokens(Func<SyntaxAnnotation, bool> predicate)
    {
        if (!Green.ContainsAnnotations) yield break;
        // Only subtrees flagged as containing annotations are entered: a search in a large tree stays cheap.
        foreach (var item in DescendantNodesAndTokens(node => node.Green.ContainsAnnotations, includeSelf: true))
        {
            var green = item.AsNode()?.Green ?? item.AsToken().Node;
            if (green is { HasAnnotations: true } && GreenAnnotations.Get(green).Any(predicate)) yield return item;
        }
    }

    /// <summary>The nodes and tokens at or below this node that carry <paramref name="annotation"/>, in document order.</summary>
    /// <param name="annotation">The annotation.</param>
    /// <returns>The annotated nodes and tokens.</returns>
    public IEnumerable<SyntaxNodeOrToken> GetAnnotatedNodesAndTokens(SyntaxAnnotation annotation) =>
        GetAnnotatedNodesAndTokens(a => a == annotation);

    /// <summary>The nodes and tokens at or below this node that carry an annotation of <paramref name="annotationKind"/>.</summary>
    /// <param name="annotationKind">The kind of annotation.</param>
    /// <returns>The annotated nodes and tokens, in document order.</returns>
    public IEnumerable<SyntaxNodeOrToken> GetAnnotatedNodesAndTokens(string annotationKind) =>
        GetAnnotatedNodesAndTokens(a => a.Kind == annotationKind);

    /// <summary>The nodes at or below this node that carry <paramref name="annotation"/>, in document order.</summary>
    /// <param name="annotation">The annotation.</param>
    /// <returns>The annotated nodes.</returns>
    public IEnumerable<SyntaxNode> GetAnnotatedNodes(SyntaxAnnotation annotation) =>
        GetAnnotatedNodesAndTokens(annotation).Where(i => i.IsNode).Select(i => i.AsNode()!);

    /// <summary>The nodes at or below this node that carry an annotation of <paramref name="annotationKind"/>.</summary>
    /// <param name="annotationKind">The kind of annotation.</param>
    /// <returns>The annotated nodes, in document order.</returns>
    public IEnumerable<SyntaxNode> GetAnnotatedNodes(string annotationKind) =>
        GetAnnotatedNodesAndTokens(annotationKind).Where(i => i.IsNode).Select(i => i.AsNode()!);

    /// <summary>The tokens below this node that carry <paramref name="annotation"/>, in document order.</summary>
    /// <param name="annotation">The annotation.</param>
    /// <returns>The annotated tokens.</returns>
    public IEnumerable<SyntaxToken> GetAnnotatedTokens(SyntaxAnnotation annotation) =>
        GetAnnotatedNodesAndTokens(annotation).Where(i => i.IsToken).Select(i => i.AsToken());

    /// <summary>The tokens below this node that carry an annotation of <paramref name="annotationKind"/>.</summary>
    /// <param name="annotationKind">The kind of annotation.</param>
    /// <returns>The annotated tokens, in document order.</returns>
    public IEnumerable<SyntaxToken> GetAnnotatedTokens(string annotationKind) =>
        GetAnnotatedNodesAndTokens(annotationKind).Where(i => i.IsToken).Select(i => i.AsToken());
}

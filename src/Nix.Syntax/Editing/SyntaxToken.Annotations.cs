namespace Nix.Syntax;

// Annotations on tokens. A token's annotations live on a fresh copy of its green token, never on a shared one.
public readonly partial struct SyntaxToken
{
    /// <summary>Whether this token has any annotation.</summary>
    public bool HasAnnotations() => Node?.HasAnnotations ?? false;

    /// <summary>Whether this token has an annotation of <paramref name="annotationKind"/>.</summary>
    /// <param name="annotationKind">The kind of annotation.</param>
    /// <returns>True when one of the token's annotations has that kind.</returns>
    public bool HasAnnotations(string annotationKind) => GetAnnotations().Any(a => a.Kind == annotationKind);

    /// <summary>Whether this token has <paramref name="annotation"/>.</summary>
    /// <param name="annotation">The annotation, or null (never present).</param>
    /// <returns>True when the token carries the annotation.</returns>
    public bool HasAnnotation(SyntaxAnnotation? annotation) => annotation is not null && GetAnnotations().Contains(annotation);

    /// <summary>The token's annotations.</summary>
    /// <returns>The annotations, in the order they were added.</returns>
    public IEnumerable<SyntaxAnnotation> GetAnnotations() => Node is null ? [] : GreenAnnotations.Get(Node);

    /// <summary>A copy of this token, without parent, that also carries <paramref name="annotations"/>.</summary>
    /// <param name="annotations">The annotations to add; those already present are not added twice.</param>
    /// <returns>The annotated copy, or this token when there is nothing to add (or it is <c>default</c>).</returns>
    public SyntaxToken WithAdditionalAnnotations(params SyntaxAnnotation[] annotations) =>
        WithAdditionalAnnotations((IEnumerable<SyntaxAnnotation>)annotations);

    /// <summary>A copy of this token, without parent, that also carries <paramref name="annotations"/>.</summary>
    /// <param name="annotations">The annotations to add; those already present are not added twice.</param>
    /// <returns>The annotated copy, or this token when there is nothing to add (or it is <c>default</c>).</returns>
    public SyntaxToken WithAdditionalAnnotations(IEnumerable<SyntaxAnnotation> annotations)
    {
        if (Node is null) return this;
        var merged = AnnotationSets.Add(GreenAnnotations.Get(Node), annotations);
        return merged is null ? this : Standalone((InternalSyntax.GreenToken)GreenAnnotations.WithAnnotations(Node, merged));
    }

    /// <summary>A copy of this token without <paramref name="annotations"/>.</summary>
    /// <param name="annotations">The annotations to remove.</param>
    /// <returns>The copy, or this token when it carries none of them.</returns>
    public SyntaxToken WithoutAnnotations(params SyntaxAnnotation[] annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        return Without(a => Array.IndexOf(annotations, a) >= 0);
    }

    /// <summary>A copy of this token without its annotations of <paramref name="annotationKind"/>.</summary>
    /// <param name="annotationKind">The kind of annotation to remove.</param>
    /// <returns>The copy, or this token when it carries none of that kind.</returns>
    public SyntaxToken WithoutAnnotations(string annotationKind) => Without(a => a.Kind == annotationKind);

    private SyntaxToken Without(Predicate<SyntaxAnnotation> remove)
    {
        if (Node is null) return this;
        var current = GreenAnnotations.Get(Node);
        if (!Array.Exists(current, remove)) return this;
        return Standalone((InternalSyntax.GreenToken)GreenAnnotations.WithAnnotations(Node, Array.FindAll(current, a => !remove(a))));
    }

    /// <summary>A token on its own (no parent, position 0), as Roslyn's token edits return.</summary>
    internal static SyntaxToken Standalone(InternalSyntax.GreenToken green) => new(null, green, 0, 0);
}

namespace Nix.Syntax;

/// <summary>
/// A marker attached to a node or token so that it can be found again after the tree has been edited (Roslyn's
/// <c>SyntaxAnnotation</c>). Each instance is distinct: two annotations with the same kind and data are different
/// annotations, and a node carries a given annotation at most once.
/// </summary>
public sealed class SyntaxAnnotation : IEquatable<SyntaxAnnotation>
{
    private static long s_nextId;

    private readonly long _id;

    /// <summary>Creates an annotation with neither kind nor data.</summary>
    public SyntaxAnnotation()
        : this(null, null)
    {
    }

    /// <summary>Creates an annotation of a kind.</summary>
    /// <param name="kind">A name for a family of annotations, used by <see cref="SyntaxNode.GetAnnotatedNodes(string)"/>.</param>
    public SyntaxAnnotation(string? kind)
        : this(kind, null)
    {
    }

    /// <summary>Creates an annotation of a kind, with data.</summary>
    /// <param name="kind">A name for a family of annotations, used by <see cref="SyntaxNode.GetAnnotatedNodes(string)"/>.</param>
    /// <param name="data">Free text for the caller.</param>
    public SyntaxAnnotation(string? kind, string? data)
    {
        _id = Interlocked.Increment(ref s_nextId);
        Kind = kind;
        Data = data;
    }

    /// <summary>The kind given when the annotation was made, or null.</summary>
    public string? Kind { get; }

    /// <summary>The data given when the annotation was made, or null.</summary>
    public string? Data { get; }

    /// <summary>Whether both are the same annotation (identity, not kind and data).</summary>
    /// <param name="other">The other annotation.</param>
    /// <returns>True for the same annotation.</returns>
    public bool Equals(SyntaxAnnotation? other) => other is not null && _id == other._id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxAnnotation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _id.GetHashCode();

    /// <summary>Whether both are the same annotation.</summary>
    /// <param name="left">One annotation.</param>
    /// <param name="right">The other.</param>
    /// <returns>True for the same annotation, or both null.</returns>
    public static bool operator ==(SyntaxAnnotation? left, SyntaxAnnotation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether they are different annotations.</summary>
    /// <param name="left">One annotation.</param>
    /// <param name="right">The other.</param>
    /// <returns>True unless both are the same annotation.</returns>
    public static bool operator !=(SyntaxAnnotation? left, SyntaxAnnotation? right) => !(left == right);

    /// <inheritdoc/>
    public override string ToString() => $"Annotation {_id} ({Kind ?? "no kind"}{(Data is null ? "" : ": " + Data)})";
}

namespace Nix.Syntax;

/// <summary>
/// The shape of a node class as NixSyntax.xml defines it: its kinds and what each slot may hold, in slot order.
/// Generated into <see cref="SyntaxShapes"/>; tests use it to check the trees a parser or rewriter builds.
/// </summary>
/// <param name="type">The node class.</param>
/// <param name="baseType">Its base class.</param>
/// <param name="kinds">The kinds a node of the class may have.</param>
/// <param name="slots">The slots, in order.</param>
internal sealed class SyntaxShape(Type type, Type baseType, NixSyntaxKind[] kinds, SyntaxSlotShape[] slots)
{
    /// <summary>The node class, such as <see cref="BinaryExpressionSyntax"/>.</summary>
    public Type Type { get; } = type;

    /// <summary>The name of <see cref="Type"/>.</summary>
    public string TypeName => Type.Name;

    /// <summary>The base class, such as <see cref="ExpressionSyntax"/>.</summary>
    public Type BaseType { get; } = baseType;

    /// <summary>The name of <see cref="BaseType"/>.</summary>
    public string BaseTypeName => BaseType.Name;

    /// <summary>The kinds a node of the class may have.</summary>
    public IReadOnlyList<NixSyntaxKind> Kinds { get; } = kinds;

    /// <summary>The slots, in order; a green node of this shape has exactly this many.</summary>
    public IReadOnlyList<SyntaxSlotShape> Slots { get; } = slots;

    /// <inheritdoc/>
    public override string ToString() => $"{TypeName}({string.Join(", ", Slots)})";
}

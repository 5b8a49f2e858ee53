namespace Nix.Syntax;

/// <summary>
/// What one slot of a node may hold, as NixSyntax.xml declares its field; see <see cref="SyntaxShapes"/>.
/// </summary>
/// <param name="name">The field's name, which is also the property's.</param>
/// <param name="kind">Token, node, list or separated list.</param>
/// <param name="isOptional">Whether the slot may be null (an absent token or node).</param>
/// <param name="nodeType">For a node, its class; for a list, the class of its elements; null for a token.</param>
/// <param name="tokenKinds">For a token, the kinds allowed; for a separated list, the separator kinds; else empty.</param>
internal sealed class SyntaxSlotShape(string name, SyntaxSlotKind kind, bool isOptional, Type? nodeType, NixSyntaxKind[] tokenKinds)
{
    /// <summary>The field's name, which is also the property's.</summary>
    public string Name { get; } = name;

    /// <summary>Token, node, list or separated list.</summary>
    public SyntaxSlotKind Kind { get; } = kind;

    /// <summary>Whether the slot may be null (an absent token or node). Lists are never absent: an empty list is an empty <c>GreenList</c>.</summary>
    public bool IsOptional { get; } = isOptional;

    /// <summary>For a node, its class; for a list, the class of its elements; null for a token.</summary>
    public Type? NodeType { get; } = nodeType;

    /// <summary>The name of <see cref="NodeType"/>, such as <c>ExpressionSyntax</c>, or null for a token.</summary>
    public string? NodeTypeName => NodeType?.Name;

    /// <summary>For a token, the kinds allowed; for a separated list, the separator kinds; else empty.</summary>
    public IReadOnlyList<NixSyntaxKind> TokenKinds { get; } = tokenKinds;

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Kind}{(NodeType is null ? "" : " of " + NodeType.Name)}{(IsOptional ? "?" : "")}";
}

namespace Nix.Syntax.Generator.Model;

/// <summary>One <c>&lt;Field&gt;</c> of a node: one slot of its green node, in order.</summary>
/// <param name="Name">The property name, such as <c>OperatorToken</c>.</param>
/// <param name="Kind">Token, node, list or separated list.</param>
/// <param name="NodeType">For a node field, its class; for a list, the element class; null for a token.</param>
/// <param name="IsOptional">Whether the slot may be absent (a null slot).</param>
/// <param name="TokenKinds">For a token, the kinds allowed in the slot; for a separated list, the separator kinds.</param>
/// <param name="Comment">The field's documentation.</param>
/// <param name="Slot">The slot index.</param>
internal sealed record FieldModel(
    string Name,
    FieldKind Kind,
    string? NodeType,
    bool IsOptional,
    IReadOnlyList<string> TokenKinds,
    DocComment Comment,
    int Slot)
{
    /// <summary>The C# type of the property and of the factory parameter.</summary>
    public string TypeName => Kind switch
    {
        FieldKind.Token => "SyntaxToken",
        FieldKind.Node => IsOptional ? NodeType + "?" : NodeType!,
        FieldKind.List => $"SyntaxList<{NodeType}>",
        FieldKind.SeparatedList => $"SeparatedSyntaxList<{NodeType}>",
        _ => throw new InvalidOperationException(Kind.ToString()),
    };

    /// <summary>The camel-case parameter name, escaped with <c>@</c> when it is a C# keyword.</summary>
    public string ParameterName => Names.ToParameterName(Name);
}

namespace Nix.Syntax.Generator.Model;

/// <summary>What a field of a node holds, which decides its C# type and how its slot is built.</summary>
internal enum FieldKind
{
    /// <summary>A <c>SyntaxToken</c>.</summary>
    Token,

    /// <summary>A node of a given class.</summary>
    Node,

    /// <summary>A <c>SyntaxList&lt;T&gt;</c> of nodes.</summary>
    List,

    /// <summary>A <c>SeparatedSyntaxList&lt;T&gt;</c>: nodes with separator tokens between them.</summary>
    SeparatedList,
}

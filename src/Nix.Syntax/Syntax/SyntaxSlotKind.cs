namespace Nix.Syntax;

/// <summary>What one slot of a node holds, as NixSyntax.xml declares its field.</summary>
internal enum SyntaxSlotKind
{
    /// <summary>A token.</summary>
    Token,

    /// <summary>A node.</summary>
    Node,

    /// <summary>A list of nodes (<see cref="SyntaxList{TNode}"/>).</summary>
    List,

    /// <summary>Nodes with separator tokens between them (<see cref="SeparatedSyntaxList{TNode}"/>).</summary>
    SeparatedList,
}

namespace Nix.Syntax;

/// <summary>How deep a <see cref="NixSyntaxWalker"/> goes: each level includes the ones before it.</summary>
public enum SyntaxWalkerDepth
{
    /// <summary>Nodes only.</summary>
    Node = 0,

    /// <summary>Nodes and tokens.</summary>
    Token = 1,

    /// <summary>Nodes, tokens and their leading and trailing trivia.</summary>
    Trivia = 2,
}

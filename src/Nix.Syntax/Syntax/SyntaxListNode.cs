using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

/// <summary>
/// The red node behind a <see cref="SyntaxList{TNode}"/> or <see cref="SeparatedSyntaxList{TNode}"/>.
/// It never appears among <see cref="SyntaxNode.ChildNodesAndTokens"/>: lists are flattened there.
/// </summary>
internal sealed class SyntaxListNode : SyntaxNode
{
    internal SyntaxListNode(GreenNode green, SyntaxNode? parent, int position, NixSyntaxTree? tree)
        : base(green, parent, position, tree)
    {
    }

    public int Count => Green.SlotCount;

    private protected override SyntaxNode ChildParent => Parent ?? this;

    public override TResult? Accept<TResult>(NixSyntaxVisitor<TResult> visitor) where TResult : default => default;

    public override void Accept(NixSyntaxVisitor visitor)
    {
    }
}

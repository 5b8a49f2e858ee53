using System.Diagnostics;
using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

// Fast paths for emitters that build very large trees (K3s.Modules' ModuleEmitter prints a million bindings):
// they take and return green nodes, so that no red wrapper, intermediate list or copy is made per node, and
// they skip the kind checks of the public creators. The caller guarantees what those checks would: each child
// has a kind NixSyntax.xml allows in its slot, and each token's text lexes back as that token. Green nodes are
// immutable, so a caller may put one node (a shared `=` token, an indentation) in many places of a tree.
// Debug builds assert the kinds. The tree made of these nodes prints with the tree's own printer.
public static partial class SyntaxFactory
{
    /// <summary>The green token of <paramref name="token"/>.</summary>
    internal static GreenToken GreenOf(SyntaxToken token) =>
        token.Node ?? throw new ArgumentException("The token is default.", nameof(token));

    /// <summary>The green node of <paramref name="node"/>.</summary>
    internal static GreenNode GreenOf(SyntaxNode node) => node.Green;

    /// <summary>The green trivia of a token slot: null, one trivia, or a list of them.</summary>
    internal static GreenNode? GreenOf(SyntaxTriviaList trivia) => trivia.Count == 0 ? null : TriviaGreen.FromTrivia(trivia);

    /// <summary>A token with green trivia; its text is not checked.</summary>
    internal static GreenToken UncheckedToken(GreenNode? leading, NixSyntaxKind kind, string text, GreenNode? trailing)
    {
        Debug.Assert(SyntaxFacts.IsToken(kind));
        return GreenToken.Create(kind, text, leading, trailing);
    }

    /// <summary>A list of the given children, which it keeps (the caller sizes the array once and does not change it).</summary>
    internal static GreenList UncheckedList(GreenNode[] children) => GreenList.Create(children);

    /// <summary>A list of one child.</summary>
    internal static GreenList UncheckedList(GreenNode child) => GreenList.Create(child);

    /// <summary>
    /// A list whose items <paramref name="source"/> makes on first read (each through these fast paths), keeping
    /// them from then on; a print makes the items not yet read without keeping them (see <see cref="GreenLazyList"/>).
    /// </summary>
    internal static GreenList UncheckedLazyList(GreenItemSource source) => GreenLazyList.Create(source);

    /// <summary>A typed node of one slot, such as <see cref="NixSyntaxKind.IdentifierAttrName"/> or <see cref="NixSyntaxKind.StringText"/>.</summary>
    internal static GreenNode UncheckedNode(NixSyntaxKind kind, GreenNode? a)
    {
        Debug.Assert(SlotCountOf(kind) == 1, $"{kind} does not have one slot.");
        return GreenSyntaxNode.Create(kind, a);
    }

    /// <summary>
    /// A node whose one slot is a list of one item, such as an <see cref="NixSyntaxKind.AttrPath"/> of one name: the
    /// list object is made only if someone walks into the slot (printing does not).
    /// </summary>
    internal static GreenNode UncheckedNodeOfOne(NixSyntaxKind kind, GreenNode item)
    {
        Debug.Assert(SlotCountOf(kind) == 1, $"{kind} does not have one slot.");
        return GreenSyntaxNode.CreateWithSingletonList(kind, item);
    }

    /// <summary>
    /// A <see cref="NixSyntaxKind.StringExpression"/> of one text piece, whose piece node and parts list are made
    /// on first read (<see cref="GreenSyntaxNode.CreateStringOfOneText"/>).
    /// </summary>
    internal static GreenNode UncheckedStringOfOneText(GreenToken open, GreenToken text, GreenToken close)
    {
        Debug.Assert(open.Kind == NixSyntaxKind.DoubleQuoteToken && text.Kind == NixSyntaxKind.StringTextToken && close.Kind == NixSyntaxKind.DoubleQuoteToken);
        return GreenSyntaxNode.CreateStringOfOneText(NixSyntaxKind.StringExpression, open, text, close);
    }

    /// <summary>
    /// A binding <c>path = value;</c>: a node of two fields when <paramref name="equals"/> and <paramref name="semicolon"/>
    /// are the shared tokens of the common layout (<see cref="GreenSyntaxNode.CreateBinding"/>).
    /// </summary>
    internal static GreenNode UncheckedBinding(GreenNode path, GreenToken equals, GreenNode value, GreenToken semicolon) =>
        GreenSyntaxNode.CreateBinding(path, equals, value, semicolon);

    /// <summary>A typed node of three slots, such as <see cref="NixSyntaxKind.StringExpression"/>.</summary>
    internal static GreenNode UncheckedNode(NixSyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c)
    {
        Debug.Assert(SlotCountOf(kind) == 3, $"{kind} does not have three slots.");
        return GreenSyntaxNode.Create(kind, a, b, c);
    }

    /// <summary>A typed node of four slots, such as <see cref="NixSyntaxKind.AttrPathValue"/> or <see cref="NixSyntaxKind.AttrSetExpression"/>.</summary>
    internal static GreenNode UncheckedNode(NixSyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d)
    {
        Debug.Assert(SlotCountOf(kind) == 4, $"{kind} does not have four slots.");
        return GreenSyntaxNode.Create(kind, a, b, c, d);
    }

    private static int SlotCountOf(NixSyntaxKind kind) => SyntaxShapes.TryGetShape(kind, out var shape) ? shape.Slots.Count : -1;

    /// <summary>The red node of a green node made by these fast paths: the root of its own tree.</summary>
    internal static TNode AsSyntax<TNode>(GreenNode green) where TNode : SyntaxNode => (TNode)green.CreateRed(null, 0, null);
}

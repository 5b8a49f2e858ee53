using System.Runtime.CompilerServices;

namespace Nix.Syntax;

/// <summary>
/// Visits every node below the one it starts from, in document order, and with <see cref="Depth"/> also every
/// token and trivia. Override a <c>Visit…</c> method to act on one class of node, and call the base method to
/// keep walking into its children. Each level checks the stack first and, when it runs short, goes on on a fresh
/// thread with a large stack, so trees a million levels deep are walked like any other.
/// </summary>
public abstract class NixSyntaxWalker : NixSyntaxVisitor
{
    /// <summary>Creates a walker that goes down to <paramref name="depth"/>.</summary>
    /// <param name="depth">Whether to visit nodes only, also tokens, or also trivia.</param>
    protected NixSyntaxWalker(SyntaxWalkerDepth depth = SyntaxWalkerDepth.Node)
    {
        Depth = depth;
    }

    /// <summary>How deep the walk goes.</summary>
    public SyntaxWalkerDepth Depth { get; }

    /// <summary>
    /// Visits <paramref name="node"/> through its class's <c>Visit…</c> method, after checking the stack; when it
    /// runs short, the visit continues on a fresh thread with a large stack while this one waits.
    /// </summary>
    /// <param name="node">The node, or null.</param>
    public override void Visit(SyntaxNode? node)
    {
        if (node is null) return;
        if (RuntimeHelpers.TryEnsureSufficientExecutionStack()) node.Accept(this);
        else LargeStack.RunOver(node, () =>
        {
            node.Accept(this);
            return 0;
        });
    }

    /// <summary>Visits the children of <paramref name="node"/> in order: nodes always, tokens from <see cref="SyntaxWalkerDepth.Token"/> on.</summary>
    /// <param name="node">The node.</param>
    public override void DefaultVisit(SyntaxNode node)
    {
        // Slots directly rather than ChildNodesAndTokens(): no iterator per node, so a deep walk allocates nothing.
        for (int i = 0, n = node.Green.SlotCount; i < n; i++)
        {
            var child = node.GetChild(i);
            if (child.IsNode && child.AsNode() is SyntaxListNode list)
            {
                for (int j = 0, m = list.Green.SlotCount; j < m; j++) VisitChild(list.GetChild(j));
            }
            else if (child.Kind != NixSyntaxKind.None)
            {
                VisitChild(child);
            }
        }
    }

    private void VisitChild(SyntaxNodeOrToken child)
    {
        if (child.AsNode() is { } childNode) Visit(childNode);
        else if (Depth >= SyntaxWalkerDepth.Token) VisitToken(child.AsToken());
    }

    /// <summary>Called for every token when <see cref="Depth"/> is at least <see cref="SyntaxWalkerDepth.Token"/>; visits its trivia from <see cref="SyntaxWalkerDepth.Trivia"/> on.</summary>
    /// <param name="token">The token.</param>
    public virtual void VisitToken(SyntaxToken token)
    {
        if (Depth < SyntaxWalkerDepth.Trivia) return;
        VisitLeadingTrivia(token);
        VisitTrailingTrivia(token);
    }

    /// <summary>Visits each trivia before <paramref name="token"/>.</summary>
    /// <param name="token">The token.</param>
    public virtual void VisitLeadingTrivia(SyntaxToken token)
    {
        foreach (var trivia in token.LeadingTrivia) VisitTrivia(trivia);
    }

    /// <summary>Visits each trivia after <paramref name="token"/>.</summary>
    /// <param name="token">The token.</param>
    public virtual void VisitTrailingTrivia(SyntaxToken token)
    {
        foreach (var trivia in token.TrailingTrivia) VisitTrivia(trivia);
    }

    /// <summary>Called for every trivia when <see cref="Depth"/> is <see cref="SyntaxWalkerDepth.Trivia"/>; does nothing unless overridden.</summary>
    /// <param name="trivia">The trivia.</param>
    public virtual void VisitTrivia(SyntaxTrivia trivia)
    {
    }
}

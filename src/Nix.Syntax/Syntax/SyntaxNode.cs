using Nix.Syntax.Diagnostics;
using Nix.Syntax.InternalSyntax;
using Nix.Syntax.Text;

namespace Nix.Syntax;

/// <summary>
/// A node of the red tree: a view of an immutable green node that knows its parent and its position.
/// Children are created on demand and cached, safely across threads. Every walk is iterative, so trees of
/// any depth can be enumerated and printed.
/// </summary>
public abstract partial class SyntaxNode
{
    private SyntaxNode?[]? _children;

    private protected SyntaxNode(GreenNode green, SyntaxNode? parent, int position, NixSyntaxTree? tree)
    {
        Green = green;
        Parent = parent;
        Position = position;
        SyntaxTree = tree;
    }

    internal GreenNode Green { get; }

    /// <summary>The node's kind.</summary>
    public NixSyntaxKind Kind => Green.Kind;

    /// <summary>The parent node, or null at the root.</summary>
    public SyntaxNode? Parent { get; }

    /// <summary>The tree this node belongs to, or null for a node built in code.</summary>
    public NixSyntaxTree? SyntaxTree { get; }

    /// <summary>The start of <see cref="FullSpan"/>.</summary>
    public int Position { get; }

    /// <summary>The span with all trivia.</summary>
    public TextSpan FullSpan => new(Position, Green.FullWidth);

    /// <summary>The span without the leading trivia of the first token and the trailing trivia of the last.</summary>
    public TextSpan Span
    {
        get
        {
            int leading = Green.GetLeadingTriviaWidth();
            return new TextSpan(Position + leading, Green.FullWidth - leading - Green.GetTrailingTriviaWidth());
        }
    }

    /// <summary>The start of <see cref="Span"/>.</summary>
    public int SpanStart => Position + Green.GetLeadingTriviaWidth();

    /// <summary>Whether the node has no text at all (the parser made it up while recovering).</summary>
    public bool IsMissing => Green.FullWidth == 0;

    /// <summary>Whether some token below was made up by the parser, or text below was skipped.</summary>
    public bool ContainsErrors => (Green.Flags & (GreenFlags.ContainsMissing | GreenFlags.ContainsSkippedText | GreenFlags.IsMissing)) != 0;

    /// <summary>The text with all trivia: for the root of a parsed tree, exactly the parsed text.</summary>
    public string ToFullString() => FullTextPrinter.Print(Green);

    /// <summary>The text without the outermost leading and trailing trivia.</summary>
    public override string ToString() => Green.ToString();

    /// <summary>Writes <see cref="ToFullString"/> to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer) => writer.Write(ToFullString());

    /// <summary>The location of <see cref="Span"/>.</summary>
    public Location GetLocation() => new(SyntaxTree?.FilePath, SyntaxTree?.Text, Span);

    /// <summary>Calls the visitor's method for this node's type.</summary>
    public abstract TResult? Accept<TResult>(NixSyntaxVisitor<TResult> visitor);

    /// <summary>Calls the visitor's method for this node's type.</summary>
    public abstract void Accept(NixSyntaxVisitor visitor);

    internal SyntaxNode? GetRed(int slot)
    {
        var green = Green.GetSlot(slot);
        if (green is null || green.IsToken) return null;
        var children = _children;
        if (children is null)
        {
            Interlocked.CompareExchange(ref _children, new SyntaxNode?[Green.SlotCount], null);
            children = _children;
        }
        var red = Volatile.Read(ref children[slot]);
        if (red is null)
        {
            red = green.CreateRed(ChildParent, Position + Green.GetSlotOffset(slot), SyntaxTree);
            red = Interlocked.CompareExchange(ref children[slot], red, null) ?? red;
        }
        return red;
    }

    /// <summary>The parent given to children: lists hand their children to the node that owns the list.</summary>
    private protected virtual SyntaxNode ChildParent => this;

    internal TNode? GetRed<TNode>(int slot) where TNode : SyntaxNode => (TNode?)GetRed(slot);

    internal SyntaxToken GetToken(int slot)
    {
        var green = Green.GetSlot(slot);
        return green is GreenToken token ? new SyntaxToken(ChildParent, token, Position + Green.GetSlotOffset(slot), slot) : default;
    }

    internal SyntaxNodeOrToken GetChild(int slot)
    {
        var green = Green.GetSlot(slot);
        if (green is null) return default;
        return green.IsToken ? GetToken(slot) : GetRed(slot)!;
    }

    /// <summary>The children, nodes and tokens in order, with lists flattened (as in Roslyn).</summary>
    public IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        for (int i = 0, n = Green.SlotCount; i < n; i++)
        {
            var child = GetChild(i);
            if (child.IsNode && child.AsNode() is SyntaxListNode list)
            {
                for (int j = 0, m = list.Green.SlotCount; j < m; j++) yield return list.GetChild(j);
            }
            else if (child.Kind != NixSyntaxKind.None)
            {
                yield return child;
            }
        }
    }

    /// <summary>The child nodes, in order (lists flattened).</summary>
    public IEnumerable<SyntaxNode> ChildNodes()
    {
        foreach (var child in ChildNodesAndTokens())
            if (child.AsNode() is { } node) yield return node;
    }

    /// <summary>The child tokens, in order.</summary>
    public IEnumerable<SyntaxToken> ChildTokens()
    {
        foreach (var child in ChildNodesAndTokens())
            if (child.IsToken) yield return child.AsToken();
    }

    /// <summary>All nodes below this one, in document order (pre-order), optionally with this node first.</summary>
    public IEnumerable<SyntaxNode> DescendantNodes(Func<SyntaxNode, bool>? descendIntoChildren = null, bool includeSelf = false)
    {
        foreach (var item in DescendantNodesAndTokens(descendIntoChildren, includeSelf))
            if (item.AsNode() is { } node) yield return node;
    }

    /// <summary>This node and all nodes below it, in document order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf(Func<SyntaxNode, bool>? descendIntoChildren = null) =>
        DescendantNodes(descendIntoChildren, includeSelf: true);

    /// <summary>All tokens below this node, in document order.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens(Func<SyntaxNode, bool>? descendIntoChildren = null)
    {
        foreach (var item in DescendantNodesAndTokens(descendIntoChildren))
            if (item.IsToken) yield return item.AsToken();
    }

    /// <summary>All trivia of all tokens below this node, in document order.</summary>
    public IEnumerable<SyntaxTrivia> DescendantTrivia()
    {
        foreach (var token in DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia) yield return trivia;
            foreach (var trivia in token.TrailingTrivia) yield return trivia;
        }
    }

    /// <summary>All nodes and tokens below this node, in document order; an explicit stack, not recursion.</summary>
    public IEnumerable<SyntaxNodeOrToken> DescendantNodesAndTokens(Func<SyntaxNode, bool>? descendIntoChildren = null, bool includeSelf = false)
    {
        if (includeSelf) yield return this;
        if (descendIntoChildren is not null && !descendIntoChildren(this)) yield break;
        // Frames of (node, next slot): no enumerator object per node, and lists are walked in place.
        var frames = new Stack<(SyntaxNode Node, int Next)>();
        frames.Push((this, 0));
        while (frames.Count > 0)
        {
            var (node, next) = frames.Pop();
            if (next >= node.Green.SlotCount) continue;
            frames.Push((node, next + 1));
            var green = node.Green.GetSlot(next);
            if (green is null) continue;
            if (green.IsToken)
            {
                yield return node.GetToken(next);
                continue;
            }
            var child = node.GetRed(next)!;
            if (child is SyntaxListNode)
            {
                frames.Push((child, 0));
                continue;
            }
            yield return child;
            if (descendIntoChildren is null || descendIntoChildren(child)) frames.Push((child, 0));
        }
    }

    /// <summary>The parent, its parent, and so on up to the root.</summary>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent) yield return node;
    }

    /// <summary>This node, then <see cref="Ancestors"/>.</summary>
    public IEnumerable<SyntaxNode> AncestorsAndSelf()
    {
        for (var node = this; node is not null; node = node.Parent) yield return node;
    }

    /// <summary>The first ancestor (or this node) of type <typeparamref name="TNode"/>.</summary>
    public TNode? FirstAncestorOrSelf<TNode>() where TNode : SyntaxNode
    {
        foreach (var node in AncestorsAndSelf())
            if (node is TNode match) return match;
        return null;
    }

    /// <summary>The first token with text (zero-width made-up tokens skipped), or default.</summary>
    public SyntaxToken GetFirstToken()
    {
        foreach (var token in DescendantTokens())
            if (token.FullSpan.Length > 0) return token;
        return default;
    }

    /// <summary>The last token with text, or default.</summary>
    public SyntaxToken GetLastToken()
    {
        // Walk down the last children with width: no full enumeration of a large tree.
        SyntaxNode node = this;
        while (true)
        {
            SyntaxNodeOrToken last = default;
            foreach (var child in node.ChildNodesAndTokens())
                if (child.FullSpan.Length > 0) last = child;
            if (last.IsToken) return last.AsToken();
            if (last.AsNode() is not { } next) return default;
            node = next;
        }
    }

    /// <summary>The token whose full span contains <paramref name="position"/>.</summary>
    public SyntaxToken FindToken(int position)
    {
        if (!FullSpan.Contains(position))
        {
            if (position == FullSpan.End && this is SourceFileSyntax file) return file.EndOfFileToken;
            throw new ArgumentOutOfRangeException(nameof(position));
        }
        SyntaxNode node = this;
        while (true)
        {
            SyntaxNodeOrToken found = default;
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.FullSpan.Contains(position)) { found = child; break; }
            }
            if (found.IsToken) return found.AsToken();
            if (found.AsNode() is not { } next) return default;
            node = next;
        }
    }

    /// <summary>
    /// Whether this node and <paramref name="other"/> have the same structure, kinds and token texts, trivia
    /// ignored. Iterative, so deep trees compare without recursion.
    /// </summary>
    public bool IsEquivalentTo(SyntaxNode? other) => other is not null && GreenEquivalence.AreEquivalent(Green, other.Green);

    internal static SyntaxNode CreateTyped(GreenNode green, SyntaxNode? parent, int position, NixSyntaxTree? tree) =>
        SyntaxNodeFactory.Create(green, parent, position, tree);
}

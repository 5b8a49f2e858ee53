namespace Nix.Syntax.InternalSyntax;

/// <summary>
/// A list of green nodes, tokens or trivia. Lists of one to three children keep them in fields (most
/// attribute paths have one name); long lists keep the offsets of their children so that positions are
/// found by lookup, not by summing (an attribute set may have a million bindings).
/// </summary>
internal abstract class GreenList : GreenNode
{
    private const int OffsetTableThreshold = 8;

    private protected GreenList(int fullWidth, GreenFlags flags)
        : base(NixSyntaxKind.List, fullWidth, flags)
    {
    }

    public static readonly GreenList Empty = new WithArray([], 0, GreenFlags.None);

    public static GreenList Create(GreenNode[] children)
    {
        switch (children.Length)
        {
            case 0: return Empty;
            case 1: return new WithOneChild(children[0]);
            case 2: return new WithTwoChildren(children[0], children[1]);
            case 3: return new WithThreeChildren(children[0], children[1], children[2]);
        }
        int width = 0;
        var flags = GreenFlags.None;
        for (int i = 0; i < children.Length; i++)
        {
            width += children[i].FullWidth;
            flags |= InheritedFlags(children[i]);
        }
        return new WithArray(children, width, flags);
    }

    /// <summary>A list of one child, with no array to copy it from.</summary>
    public static GreenList Create(GreenNode child) => new WithOneChild(child);

    /// <summary>A list of two children, with no array to copy them from.</summary>
    public static GreenList Create(GreenNode first, GreenNode second) => new WithTwoChildren(first, second);

    public static GreenList Create(List<GreenNode> children) => children.Count switch
    {
        0 => Empty,
        1 => new WithOneChild(children[0]),
        2 => new WithTwoChildren(children[0], children[1]),
        3 => new WithThreeChildren(children[0], children[1], children[2]),
        _ => Create(children.ToArray()),
    };

    public static GreenList Create(IReadOnlyList<GreenNode> children)
    {
        var array = new GreenNode[children.Count];
        for (int i = 0; i < array.Length; i++) array[i] = children[i];
        return Create(array);
    }

    /// <summary>The index of the child whose span contains <paramref name="offset"/> (relative to the list).</summary>
    public virtual int FindSlotIndexContaining(int offset)
    {
        int start = 0;
        for (int i = 0; i < SlotCount; i++)
        {
            start += GetSlot(i)!.FullWidth;
            if (offset < start) return i;
        }
        return SlotCount - 1;
    }

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position, NixSyntaxTree? tree) =>
        new SyntaxListNode(this, parent, position, tree);

    private sealed class WithOneChild(GreenNode a) : GreenList(a.FullWidth, InheritedFlags(a))
    {
        public override int SlotCount => 1;

        public override GreenNode? GetSlot(int index) => index == 0 ? a : throw new ArgumentOutOfRangeException(nameof(index));
    }

    private sealed class WithTwoChildren(GreenNode a, GreenNode b) : GreenList(a.FullWidth + b.FullWidth, InheritedFlags(a) | InheritedFlags(b))
    {
        public override int SlotCount => 2;

        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => a,
            1 => b,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithThreeChildren(GreenNode a, GreenNode b, GreenNode c)
        : GreenList(a.FullWidth + b.FullWidth + c.FullWidth, InheritedFlags(a) | InheritedFlags(b) | InheritedFlags(c))
    {
        public override int SlotCount => 3;

        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => a,
            1 => b,
            2 => c,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithArray : GreenList
    {
        private readonly GreenNode[] _children;

        // Made on the first positional read of a long list (red children, FindToken), not when the list is made:
        // most lists of an emitted module's bindings (a 13-name attribute path) are printed and dropped unread.
        private int[]? _offsets;

        public WithArray(GreenNode[] children, int fullWidth, GreenFlags flags)
            : base(fullWidth, flags)
        {
            _children = children;
        }

        public override int SlotCount => _children.Length;

        public override GreenNode? GetSlot(int index) => _children[index];

        public override int GetSlotOffset(int index) => Offsets() is { } offsets ? offsets[index] : base.GetSlotOffset(index);

        public override int FindSlotIndexContaining(int offset)
        {
            if (Offsets() is not { } offsets) return base.FindSlotIndexContaining(offset);
            int index = Array.BinarySearch(offsets, offset);
            if (index < 0) index = ~index - 1;
            // Zero-width children share an offset with the next; take the last child starting there.
            while (index + 1 < offsets.Length && offsets[index + 1] == offsets[index] && _children[index].FullWidth == 0) index++;
            return Math.Max(index, 0);
        }

        // The children's offsets for a list longer than OffsetTableThreshold, else null (a short list sums widths).
        // Threads that race here compute equal tables; the first published is kept.
        private int[]? Offsets()
        {
            if (_children.Length <= OffsetTableThreshold) return null;
            if (Volatile.Read(ref _offsets) is { } made) return made;
            var offsets = new int[_children.Length];
            int width = 0;
            for (int i = 0; i < offsets.Length; i++)
            {
                offsets[i] = width;
                width += _children[i].FullWidth;
            }
            return Interlocked.CompareExchange(ref _offsets, offsets, null) ?? offsets;
        }
    }
}

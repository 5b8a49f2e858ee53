namespace Nix.Syntax.InternalSyntax;

/// <summary>
/// A list of green nodes, tokens or trivia. Long lists keep the offsets of their children so that
/// positions are found by lookup, not by summing (an attribute set may have a million bindings).
/// </summary>
internal sealed class GreenList : GreenNode
{
    private const int OffsetTableThreshold = 8;
    private readonly GreenNode[] _children;
    private readonly int[]? _offsets;

    private GreenList(GreenNode[] children, int fullWidth, GreenFlags flags, int[]? offsets)
        : base(NixSyntaxKind.List, fullWidth, flags)
    {
        _children = children;
        _offsets = offsets;
    }

    public static readonly GreenList Empty = new([], 0, GreenFlags.None, null);

    public static GreenList Create(GreenNode[] children)
    {
        if (children.Length == 0) return Empty;
        int width = 0;
        var flags = GreenFlags.None;
        int[]? offsets = children.Length > OffsetTableThreshold ? new int[children.Length] : null;
        for (int i = 0; i < children.Length; i++)
        {
            if (offsets is not null) offsets[i] = width;
            width += children[i].FullWidth;
            flags |= InheritedFlags(children[i]);
        }
        return new GreenList(children, width, flags, offsets);
    }

    public static GreenList Create(IReadOnlyList<GreenNode> children)
    {
        var array = new GreenNode[children.Count];
        for (int i = 0; i < array.Length; i++) array[i] = children[i];
        return Create(array);
    }

    public override int SlotCount => _children.Length;

    public override GreenNode? GetSlot(int index) => _children[index];

    public override int GetSlotOffset(int index) => _offsets is not null ? _offsets[index] : base.GetSlotOffset(index);

    /// <summary>The index of the child whose span contains <paramref name="offset"/> (relative to the list).</summary>
    public int FindSlotIndexContaining(int offset)
    {
        if (_offsets is null)
        {
            int start = 0;
            for (int i = 0; i < _children.Length; i++)
            {
                start += _children[i].FullWidth;
                if (offset < start) return i;
            }
            return _children.Length - 1;
        }
        int index = Array.BinarySearch(_offsets, offset);
        if (index < 0) index = ~index - 1;
        // Zero-width children share an offset with the next; take the last child starting there.
        while (index + 1 < _offsets.Length && _offsets[index + 1] == _offsets[index] && _children[index].FullWidth == 0) index++;
        return Math.Max(index, 0);
    }

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position, NixSyntaxTree? tree) =>
        new SyntaxListNode(this, parent, position, tree);
}

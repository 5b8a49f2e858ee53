namespace Nix.Syntax.InternalSyntax;

/// <summary>
/// A green list whose items are made on first read from a <see cref="GreenItemSource"/>: the list keeps the
/// source and its full width; a slot per item for the node once made (the same node on every later read, on
/// every thread, as <see cref="GreenSyntaxNode.CreateWithSingletonList"/> does for its one-item list) and the
/// items' offsets are arrays made on the first read that needs them. A printer (or a search for the first or
/// last token) reads through <see cref="PeekSlot"/> and gets, for an item not yet made, a node that is not kept
/// (<see cref="GetSlotForPrinting"/>), so printing a million-binding module holds neither a million bindings'
/// nodes, which the collector would otherwise copy from generation to generation while the tree grows, nor
/// any array the size of the list (on the large-object heap, such arrays take the memory the output string
/// would reuse, and fresh memory costs a page fault every 4 KB). Through any other read the list is an
/// ordinary list.
/// </summary>
internal sealed class GreenLazyList : GreenList
{
    private readonly GreenItemSource _source;
    private readonly int _count;
    private GreenNode?[]? _items;
    private int[]? _offsets;

    private GreenLazyList(GreenItemSource source, int count, int fullWidth)
        : base(fullWidth, GreenFlags.None)
    {
        _source = source;
        _count = count;
    }

    /// <summary>The list of the source's items; the empty list when it has none.</summary>
    public static GreenList Create(GreenItemSource source)
    {
        int count = source.Count;
        if (count == 0) return Empty;
        int width = 0;
        Span<int> widths = stackalloc int[256];
        for (int start = 0; start < count; start += widths.Length)
        {
            var chunk = widths[..Math.Min(widths.Length, count - start)];
            source.GetWidths(start, chunk);
            foreach (int w in chunk) width = checked(width + w);
        }
        return new GreenLazyList(source, count, width);
    }

    public override int SlotCount => _count;

    public override GreenNode? GetSlot(int index)
    {
        var items = Volatile.Read(ref _items) ?? MakeItems();
        return Volatile.Read(ref items[index]) ?? Materialize(items, index);
    }

    /// <summary>Item <paramref name="index"/> if it has been made, else a new node of the same text that is not kept.</summary>
    public GreenNode GetSlotForPrinting(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        return (Volatile.Read(ref _items) is { } items ? Volatile.Read(ref items[index]) : null) ?? _source.CreateItem(index);
    }

    // Printing and first/last-token searches read slots through PeekSlot: an item not yet made is made for them only.
    // Its width is not checked one by one here (that would measure every item twice); the printer checks that the
    // whole text has the list's width, and every item kept is checked against its offset.
    public override GreenNode? PeekSlot(int index) => GetSlotForPrinting(index);

    private GreenNode?[] MakeItems()
    {
        var items = new GreenNode?[_count];
        return Interlocked.CompareExchange(ref _items, items, null) ?? items;
    }

    private GreenNode Materialize(GreenNode?[] items, int index)
    {
        var node = _source.CreateItem(index);
        var offsets = Offsets();
        int width = (index + 1 < offsets.Length ? offsets[index + 1] : FullWidth) - offsets[index];
        // The list's width and offsets were fixed from the declared widths: a source that disagrees would corrupt every position.
        if (node.FullWidth != width || (node.Flags & GreenFlags.Inherited) != 0)
            throw new InvalidOperationException($"Internal error: lazy item {index} has width {node.FullWidth} (expected {width}) or inherited flags {node.Flags}.");
        // The first node stored is the one every reader sees (red nodes are cached by green identity).
        return Interlocked.CompareExchange(ref items[index], node, null) ?? node;
    }

    // The items' offsets, from the declared widths, made on the first read that needs a position.
    private int[] Offsets()
    {
        if (Volatile.Read(ref _offsets) is { } made) return made;
        var offsets = new int[_count];
        _source.GetWidths(0, offsets);
        int width = 0;
        for (int i = 0; i < offsets.Length; i++)
        {
            int itemWidth = offsets[i];
            offsets[i] = width;
            width += itemWidth;
        }
        if (width != FullWidth)
            throw new InvalidOperationException($"Internal error: a lazy list of width {FullWidth} now declares items of total width {width}.");
        return Interlocked.CompareExchange(ref _offsets, offsets, null) ?? offsets;
    }

    public override int GetSlotOffset(int index) => Offsets()[index];

    public override int FindSlotIndexContaining(int offset)
    {
        var offsets = Offsets();
        int index = Array.BinarySearch(offsets, offset);
        if (index < 0) index = ~index - 1;
        // An empty item shares its offset with the next; take the last item starting there, as other lists do.
        while (index + 1 < offsets.Length && offsets[index + 1] == offsets[index]) index++;
        return Math.Max(index, 0);
    }
}

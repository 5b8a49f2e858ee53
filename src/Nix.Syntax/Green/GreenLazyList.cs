namespace Nix.Syntax.InternalSyntax;

/// <summary>
/// A green list whose items are made on first read from a <see cref="GreenItemSource"/>: the list keeps the
/// source, the items' offsets and a slot per item for the node once made (the same node on every later read, on
/// every thread, as <see cref="GreenSyntaxNode.CreateWithSingletonList"/> does for its one-item list). A printer
/// (or a search for the first or last token) reads through <see cref="PeekSlot"/> and gets, for an item not yet
/// made, a node that is not kept (<see cref="GetSlotForPrinting"/>), so printing a
/// million-binding module does not hold a million bindings' nodes, which the collector would otherwise copy
/// from generation to generation while the tree grows. Through any other read the list is an ordinary list.
/// </summary>
internal sealed class GreenLazyList : GreenList
{
    private readonly GreenItemSource _source;
    private readonly GreenNode?[] _items;
    private readonly int[] _offsets;

    private GreenLazyList(GreenItemSource source, int[] offsets, int fullWidth)
        : base(fullWidth, GreenFlags.None)
    {
        _source = source;
        _offsets = offsets;
        _items = new GreenNode?[offsets.Length];
    }

    /// <summary>The list of the source's items; the empty list when it has none.</summary>
    public static GreenList Create(GreenItemSource source)
    {
        int count = source.Count;
        if (count == 0) return Empty;
        var offsets = new int[count];
        int width = 0;
        for (int i = 0; i < count; i++)
        {
            offsets[i] = width;
            width = checked(width + source.ItemWidth(i));
        }
        return new GreenLazyList(source, offsets, width);
    }

    public override int SlotCount => _items.Length;

    public override GreenNode? GetSlot(int index) => Volatile.Read(ref _items[index]) ?? Materialize(index);

    /// <summary>Item <paramref name="index"/> if it has been made, else a new node of the same text that is not kept.</summary>
    public GreenNode GetSlotForPrinting(int index) => Volatile.Read(ref _items[index]) ?? Make(index);

    // Printing and first/last-token searches read slots through PeekSlot: an item not yet made is made for them only.
    public override GreenNode? PeekSlot(int index) => GetSlotForPrinting(index);

    private GreenNode Materialize(int index)
    {
        var node = Make(index);
        // The first node stored is the one every reader sees (red nodes are cached by green identity).
        return Interlocked.CompareExchange(ref _items[index], node, null) ?? node;
    }

    private GreenNode Make(int index)
    {
        var node = _source.CreateItem(index);
        int width = (index + 1 < _offsets.Length ? _offsets[index + 1] : FullWidth) - _offsets[index];
        // The list's width and offsets were fixed from ItemWidth: a source that disagrees would corrupt every position.
        if (node.FullWidth != width || (node.Flags & GreenFlags.Inherited) != 0)
            throw new InvalidOperationException($"Internal error: lazy item {index} has width {node.FullWidth} (expected {width}) or inherited flags {node.Flags}.");
        return node;
    }

    public override int GetSlotOffset(int index) => _offsets[index];

    public override int FindSlotIndexContaining(int offset)
    {
        int index = Array.BinarySearch(_offsets, offset);
        if (index < 0) index = ~index - 1;
        // An empty item shares its offset with the next; take the last item starting there, as other lists do.
        while (index + 1 < _offsets.Length && _offsets[index + 1] == _offsets[index]) index++;
        return Math.Max(index, 0);
    }
}

namespace Nix.Syntax.Formatting.Layout;

/// <summary>
/// A persistent position in a document: the rest of one element list, then what follows it. Looking ahead
/// and descending into a group cost one small object, never a copy of the lists.
/// </summary>
internal sealed class DocCursor(List<DocElement> items, int index, DocCursor? next)
{
    public List<DocElement> Items { get; } = items;
    public int Index { get; } = index;
    public DocCursor? Next { get; } = next;

    /// <summary>The next element and the cursor after it, or false at the end.</summary>
    public static bool Take(ref DocCursor? cursor, out DocElement element)
    {
        while (cursor is not null && cursor.Index >= cursor.Items.Count) cursor = cursor.Next;
        if (cursor is null)
        {
            element = null!;
            return false;
        }
        element = cursor.Items[cursor.Index];
        cursor = At(cursor.Items, cursor.Index + 1, cursor.Next);
        return true;
    }

    /// <summary>The next element without moving, or null at the end.</summary>
    public static DocElement? Peek(DocCursor? cursor)
    {
        while (cursor is not null && cursor.Index >= cursor.Items.Count) cursor = cursor.Next;
        return cursor?.Items[cursor.Index];
    }

    /// <summary>Takes the next element; a spacing absorbs the spacings right after it (merged).</summary>
    public static bool TakeMerged(ref DocCursor? cursor, out DocElement element)
    {
        if (!Take(ref cursor, out element)) return false;
        while (element is DocSpacing a && Peek(cursor) is DocSpacing b)
        {
            Take(ref cursor, out _);
            element = DocSpacing.Merge(a, b);
        }
        return true;
    }

    /// <summary>
    /// A cursor at <paramref name="index"/> of <paramref name="items"/>, then on <paramref name="rest"/>. An
    /// exhausted list is never kept in the chain, so deep documents do not make every step walk past them.
    /// </summary>
    public static DocCursor? At(List<DocElement> items, int index, DocCursor? rest) =>
        index < items.Count ? new DocCursor(items, index, rest) : rest;

    /// <summary>A cursor on <paramref name="items"/>, then on <paramref name="rest"/>.</summary>
    public static DocCursor? Before(List<DocElement> items, DocCursor? rest) =>
        items.Count == 0 ? rest : new DocCursor(items, 0, rest);
}

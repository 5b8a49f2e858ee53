namespace Nix.Syntax.InternalSyntax;

/// <summary>
/// Makes the items of a <see cref="GreenLazyList"/>: item <c>i</c> of a fixed count, each a green node whose full
/// width is known before it is made. An emitter that holds its data in a compact model (a million sysctls) makes
/// each item's node from that data, through the factory, only when someone reads it.
/// </summary>
internal abstract class GreenItemSource
{
    /// <summary>The number of items.</summary>
    public abstract int Count { get; }

    /// <summary>
    /// The full width of item <paramref name="index"/>, which <see cref="CreateItem"/> must give it. The default
    /// makes the item and measures it; a source that knows the width from its data should say so more cheaply.
    /// </summary>
    public virtual int ItemWidth(int index) => CreateItem(index).FullWidth;

    /// <summary>
    /// The full widths of the items from <paramref name="start"/> on, one for each element of
    /// <paramref name="widths"/>; a source that must lock to measure overrides it to lock once for them all.
    /// </summary>
    public virtual void GetWidths(int start, Span<int> widths)
    {
        for (int i = 0; i < widths.Length; i++) widths[i] = ItemWidth(start + i);
    }

    /// <summary>
    /// Item <paramref name="index"/>: a new node each call, of the same text each call, with no missing token,
    /// skipped text or annotation. Called from any thread; the source serialises what it must.
    /// </summary>
    public abstract GreenNode CreateItem(int index);
}

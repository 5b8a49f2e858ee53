using Nix.Syntax.InternalSyntax;

namespace K3s.Modules.Emit;

/// <summary>
/// The bindings of a large section (sysctls, containerd settings) as a source of a lazy green list: each binding's
/// node is made from the model, through the factory's fast paths, when the tree is first read there or printed,
/// instead of all of them being made and held before the print. The emitter's caches are not thread-safe, so
/// items that use them are made under the emitter's gate; widths are asked when the tree is made (and again if
/// someone reads a position), a chunk under one lock.
/// </summary>
/// <param name="count">The number of bindings.</param>
/// <param name="width">The full width of binding <c>i</c>, from the model.</param>
/// <param name="create">Makes binding <c>i</c>.</param>
/// <param name="gate">The emitter's lock, or null when <paramref name="create"/> touches no shared state that changes.</param>
internal sealed class LazyBindings(int count, Func<int, int> width, Func<int, GreenNode> create, Lock? gate) : GreenItemSource
{
    public override int Count => count;

    public override int ItemWidth(int index)
    {
        Span<int> one = stackalloc int[1];
        GetWidths(index, one);
        return one[0];
    }

    // One lock for a chunk of widths, not one a binding.
    public override void GetWidths(int start, Span<int> widths)
    {
        if (gate is null)
        {
            Measure(start, widths);
            return;
        }
        lock (gate) Measure(start, widths);
    }

    private void Measure(int start, Span<int> widths)
    {
        for (int i = 0; i < widths.Length; i++) widths[i] = width(start + i);
    }

    public override GreenNode CreateItem(int index)
    {
        if (gate is null) return create(index);
        lock (gate) return create(index);
    }
}

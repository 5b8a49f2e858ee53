using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax.Tests.Green;

/// <summary>
/// <see cref="GreenLazyList"/>: items made once on first read and kept, made for a print without being kept, at the
/// offsets their declared widths give, and refused when a source's item does not have the width it declared.
/// </summary>
public sealed class GreenLazyListTests
{
    // Items "a0 ", "a1 ", … as identifier tokens with a trailing space, counting how many it made.
    private sealed class Words(int count, int declaredWidthError = 0) : GreenItemSource
    {
        public int Made;

        public override int Count => count;

        public override int ItemWidth(int index) => Text(index).Length + 1 + (index == 3 ? declaredWidthError : 0);

        public override GreenNode CreateItem(int index)
        {
            Interlocked.Increment(ref Made);
            return SyntaxFactory.UncheckedNode(NixSyntaxKind.IdentifierAttrName,
                SyntaxFactory.UncheckedToken(null, NixSyntaxKind.IdentifierToken, Text(index), GreenTrivia.Spaces(1)));
        }

        public static string Text(int index) => "a" + index;
    }

    [Fact]
    public void AnItemIsMadeOnceOnFirstReadAndKept()
    {
        var source = new Words(20);
        var list = SyntaxFactory.UncheckedLazyList(source);
        Assert.Equal(0, source.Made);
        var first = list.GetSlot(5);
        Assert.Same(first, list.GetSlot(5));
        Assert.Equal(1, source.Made);
        Assert.Equal(20, list.SlotCount);
    }

    [Fact]
    public void APrintMakesTheItemsNotYetReadWithoutKeepingThem()
    {
        var source = new Words(12);
        var list = SyntaxFactory.UncheckedLazyList(source);
        var kept = list.GetSlot(2);
        var text = list.ToFullString();
        Assert.Equal(string.Concat(Enumerable.Range(0, 12).Select(i => Words.Text(i) + " ")), text);
        Assert.Equal(12, source.Made); // 11 for the print, 1 read before
        Assert.Equal(text, list.ToFullString());
        Assert.Equal(23, source.Made); // printed again: nothing was kept but the item read
        Assert.Same(kept, list.GetSlot(2));
    }

    [Fact]
    public void OffsetsAndLookupsFollowTheDeclaredWidths()
    {
        var list = (GreenLazyList)SyntaxFactory.UncheckedLazyList(new Words(30));
        int offset = 0;
        for (int i = 0; i < 30; i++)
        {
            Assert.Equal(offset, list.GetSlotOffset(i));
            Assert.Equal(i, list.FindSlotIndexContaining(offset));
            Assert.Equal(i, list.FindSlotIndexContaining(offset + 1));
            offset += Words.Text(i).Length + 1;
        }
        Assert.Equal(offset, list.FullWidth);
    }

    [Fact]
    public void AnItemOfAnotherWidthThanDeclaredIsRefused()
    {
        var list = SyntaxFactory.UncheckedLazyList(new Words(10, declaredWidthError: 2));
        Assert.NotNull(list.GetSlot(2));
        Assert.Throws<InvalidOperationException>(() => list.GetSlot(3));
        Assert.Throws<InvalidOperationException>(() => list.ToFullString());
    }

    // The same one-character token for every item: a print of it allocates nothing per item.
    private sealed class SameToken(int count) : GreenItemSource
    {
        private static readonly GreenToken X = SyntaxFactory.UncheckedToken(null, NixSyntaxKind.IdentifierToken, "x", null);

        public override int Count => count;

        public override int ItemWidth(int index) => 1;

        public override GreenNode CreateItem(int index) => X;
    }

    [Fact]
    public void TheListAndItsPrintMakeNoArrayTheSizeOfTheList()
    {
        // Arrays of a slot and an offset per item would be 12 bytes an item on the large-object heap, where they
        // take the memory that the output string would reuse; neither the list nor its print needs them.
        const int count = 200_000;
        var source = new SameToken(count);
        Assert.Equal(new string('x', count), SyntaxFactory.UncheckedLazyList(source).ToFullString()); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        var list = SyntaxFactory.UncheckedLazyList(source);
        var text = list.ToFullString();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(count, text.Length);
        Assert.InRange(allocated, 2 * count, 2 * count + 4 * count / 10);
        // Positions and kept items make them on first use, and they are right.
        Assert.Equal(count - 1, list.GetSlotOffset(count - 1));
        Assert.Equal(12_345, list.FindSlotIndexContaining(12_345));
        Assert.Same(list.GetSlot(7), list.GetSlot(7));
    }

    [Fact]
    public void AnEmptySourceIsTheEmptyList()
    {
        Assert.Same(GreenList.Empty, SyntaxFactory.UncheckedLazyList(new Words(0)));
    }

    [Fact]
    public void ParallelReadersGetTheSameItems()
    {
        var source = new Words(2_000);
        var list = SyntaxFactory.UncheckedLazyList(source);
        var seen = new GreenNode?[4][];
        Parallel.For(0, seen.Length, r =>
        {
            var items = new GreenNode?[2_000];
            for (int k = 0; k < items.Length; k++)
            {
                int i = (k * 13 + r * 509) % items.Length;
                items[i] = list.GetSlot(i);
            }
            seen[r] = items;
        });
        for (int r = 1; r < seen.Length; r++)
            for (int i = 0; i < 2_000; i++) Assert.Same(seen[0][i], seen[r][i]);
    }
}

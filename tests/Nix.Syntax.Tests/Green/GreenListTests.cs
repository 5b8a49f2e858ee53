using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax.Tests.Green;

/// <summary>
/// <see cref="GreenList"/> of many children: its offset table is made on the first positional read, not with the
/// list, and gives the same positions as summing the children's widths.
/// </summary>
public sealed class GreenListTests
{
    private static GreenNode[] Children(int count) =>
        Enumerable.Range(0, count).Select(i => (GreenNode)SyntaxFactory.UncheckedToken(null, NixSyntaxKind.IdentifierToken, new string('a', i % 3 + 1), null)).ToArray();

    [Fact]
    public void ALongListIsMadeWithoutItsOffsetTable()
    {
        var children = Children(13);
        GreenList.Create(children); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        var list = GreenList.Create(children);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // The list object only: an offset table of 13 ints would add 80 bytes.
        Assert.InRange(allocated, 1, 48);
        Assert.Equal(13, list.SlotCount);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(13)]
    [InlineData(1_000)]
    public void PositionsAreThoseOfTheChildrensWidths(int count)
    {
        var children = Children(count);
        var list = GreenList.Create(children);
        int offset = 0;
        for (int i = 0; i < count; i++)
        {
            Assert.Equal(offset, list.GetSlotOffset(i));
            Assert.Equal(i, list.FindSlotIndexContaining(offset));
            Assert.Equal(i, list.FindSlotIndexContaining(offset + children[i].FullWidth - 1));
            offset += children[i].FullWidth;
        }
        Assert.Equal(offset, list.FullWidth);
    }

    [Fact]
    public void ParallelFirstReadsAgreeOnPositions()
    {
        var children = Children(5_000);
        var list = GreenList.Create(children);
        var found = new int[8];
        Parallel.For(0, found.Length, r => found[r] = list.GetSlotOffset(4_999 - r));
        int last = children.Take(4_999).Sum(c => c.FullWidth);
        Assert.Equal(last, found[0]);
        for (int r = 1; r < found.Length; r++) Assert.Equal(found[r - 1] - children[4_999 - r].FullWidth, found[r]);
    }
}

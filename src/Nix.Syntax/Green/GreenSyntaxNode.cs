namespace Nix.Syntax.InternalSyntax;

/// <summary>
/// A green node of a typed kind (an expression, a binding, an attribute path, …). Its slots follow the
/// field order of the kind's node in NixSyntax.xml; an absent optional field is a null slot and an absent
/// list is an empty <see cref="GreenList"/>. Nodes of up to six slots keep them in fields rather than an
/// array: one object per node instead of two, which matters when a parse builds a million of them.
/// </summary>
internal abstract partial class GreenSyntaxNode : GreenNode
{
    private protected GreenSyntaxNode(NixSyntaxKind kind, int fullWidth, GreenFlags flags)
        : base(kind, fullWidth, flags)
    {
    }

    public static GreenSyntaxNode Create(NixSyntaxKind kind, GreenNode? a) =>
        new WithOneSlot(kind, a, WidthOf(a), FlagsOf(a));

    public static GreenSyntaxNode Create(NixSyntaxKind kind, GreenNode? a, GreenNode? b) =>
        new WithTwoSlots(kind, a, b, WidthOf(a) + WidthOf(b), FlagsOf(a) | FlagsOf(b));

    public static GreenSyntaxNode Create(NixSyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c) =>
        new WithThreeSlots(kind, a, b, c, WidthOf(a) + WidthOf(b) + WidthOf(c), FlagsOf(a) | FlagsOf(b) | FlagsOf(c));

    public static GreenSyntaxNode Create(NixSyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d) =>
        new WithFourSlots(kind, a, b, c, d, WidthOf(a) + WidthOf(b) + WidthOf(c) + WidthOf(d), FlagsOf(a) | FlagsOf(b) | FlagsOf(c) | FlagsOf(d));

    public static GreenSyntaxNode Create(NixSyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, GreenNode? e) =>
        new WithFiveSlots(kind, a, b, c, d, e, WidthOf(a) + WidthOf(b) + WidthOf(c) + WidthOf(d) + WidthOf(e),
            FlagsOf(a) | FlagsOf(b) | FlagsOf(c) | FlagsOf(d) | FlagsOf(e));

    public static GreenSyntaxNode Create(NixSyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, GreenNode? e, GreenNode? f) =>
        new WithSixSlots(kind, a, b, c, d, e, f, WidthOf(a) + WidthOf(b) + WidthOf(c) + WidthOf(d) + WidthOf(e) + WidthOf(f),
            FlagsOf(a) | FlagsOf(b) | FlagsOf(c) | FlagsOf(d) | FlagsOf(e) | FlagsOf(f));

    public static GreenSyntaxNode Create(NixSyntaxKind kind, params GreenNode?[] slots) => slots.Length switch
    {
        1 => Create(kind, slots[0]),
        2 => Create(kind, slots[0], slots[1]),
        3 => Create(kind, slots[0], slots[1], slots[2]),
        4 => Create(kind, slots[0], slots[1], slots[2], slots[3]),
        5 => Create(kind, slots[0], slots[1], slots[2], slots[3], slots[4]),
        6 => Create(kind, slots[0], slots[1], slots[2], slots[3], slots[4], slots[5]),
        _ => new WithManySlots(kind, slots),
    };

    /// <summary>
    /// A node whose one slot is a list of one item (an attribute path of one name, a path of one piece). The
    /// list object is made only when someone asks for the slot: a parse makes thousands of these nodes and
    /// most are never walked into, so the list would be 32 bytes per node for the collector to copy.
    /// </summary>
    public static GreenSyntaxNode CreateWithSingletonList(NixSyntaxKind kind, GreenNode item) =>
        new WithSingletonList(kind, item, item.FullWidth, FlagsOf(item));

    /// <summary>
    /// The one item of a node that makes the rest of its shape on first read: the item of a node made by
    /// <see cref="CreateWithSingletonList"/>, the token of a compact node (<see cref="CreateStringOfOneText"/>,
    /// <see cref="CreatePathOfOneText"/>, <see cref="CreateAttrPathOfOneName"/>); null for any other node.
    /// </summary>
    public virtual GreenNode? LazyItem => null;

    private static int WidthOf(GreenNode? node) => node?.FullWidth ?? 0;

    /// <summary>Makes <paramref name="made"/> the value of <paramref name="field"/> unless another thread was first.</summary>
    private static T Publish<T>(ref T? field, T made) where T : class =>
        // Green nodes are shared across threads: the first object made is the one every caller sees.
        Interlocked.CompareExchange(ref field, made, null) ?? made;

    private static GreenFlags FlagsOf(GreenNode? node) => InheritedFlags(node);

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position, NixSyntaxTree? tree) =>
        SyntaxNode.CreateTyped(this, parent, position, tree);

    private sealed class WithOneSlot(NixSyntaxKind kind, GreenNode? a, int width, GreenFlags flags) : GreenSyntaxNode(kind, width, flags)
    {
        public override int SlotCount => 1;

        public override GreenNode? GetSlot(int index) => index == 0 ? a : throw new ArgumentOutOfRangeException(nameof(index));
    }

    private sealed class WithSingletonList(NixSyntaxKind kind, GreenNode item, int width, GreenFlags flags) : GreenSyntaxNode(kind, width, flags)
    {
        private GreenList? _list;

        public override int SlotCount => 1;

        public override GreenNode? LazyItem => item;

        public override GreenNode? GetSlot(int index) => index == 0 ? _list ?? MakeList() : throw new ArgumentOutOfRangeException(nameof(index));

        public override GreenNode? PeekSlot(int index) => index == 0 ? item : GetSlot(index);

        private GreenList MakeList()
        {
            var list = GreenList.Create(item);
            if (item.IsShared) list.MarkShared();
            return Publish(ref _list, list);
        }
    }

    private sealed class WithTwoSlots(NixSyntaxKind kind, GreenNode? a, GreenNode? b, int width, GreenFlags flags) : GreenSyntaxNode(kind, width, flags)
    {
        public override int SlotCount => 2;

        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => a,
            1 => b,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithThreeSlots(NixSyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c, int width, GreenFlags flags) : GreenSyntaxNode(kind, width, flags)
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

    private sealed class WithFourSlots(NixSyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, int width, GreenFlags flags) : GreenSyntaxNode(kind, width, flags)
    {
        public override int SlotCount => 4;

        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => a,
            1 => b,
            2 => c,
            3 => d,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithFiveSlots(NixSyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, GreenNode? e, int width, GreenFlags flags)
        : GreenSyntaxNode(kind, width, flags)
    {
        public override int SlotCount => 5;

        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => a,
            1 => b,
            2 => c,
            3 => d,
            4 => e,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithSixSlots(NixSyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, GreenNode? e, GreenNode? f, int width, GreenFlags flags)
        : GreenSyntaxNode(kind, width, flags)
    {
        public override int SlotCount => 6;

        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => a,
            1 => b,
            2 => c,
            3 => d,
            4 => e,
            5 => f,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithManySlots : GreenSyntaxNode
    {
        private readonly GreenNode?[] _slots;

        public WithManySlots(NixSyntaxKind kind, GreenNode?[] slots)
            : base(kind, SumWidths(slots), SumFlags(slots))
        {
            _slots = slots;
        }

        public override int SlotCount => _slots.Length;

        public override GreenNode? GetSlot(int index) => _slots[index];

        private static int SumWidths(GreenNode?[] slots)
        {
            int width = 0;
            foreach (var slot in slots) width += slot?.FullWidth ?? 0;
            return width;
        }

        private static GreenFlags SumFlags(GreenNode?[] slots)
        {
            var flags = GreenFlags.None;
            foreach (var slot in slots) flags |= InheritedFlags(slot);
            return flags;
        }
    }
}

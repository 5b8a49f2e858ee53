namespace Nix.Syntax.InternalSyntax;

/// <summary>
/// An immutable node of the green tree: a kind, a width and children, with no parent and no position,
/// so that one green node can be shared by many trees and threads. Tokens, trivia and lists are green
/// nodes too. All walks over green nodes are iterative: trees may be a million levels deep.
/// </summary>
internal abstract class GreenNode
{
    // Kind (bits 0-9), flags (10-15) and identity hash (16-31) share one word, so that with the width a node's
    // own fields take 8 bytes and a one-slot node is 32 bytes instead of 40. The tree of a 1 MB file is about
    // 150,000 objects, which the collector copies as the tree grows (gen0 to gen1 to gen2): bytes cost time.
    private const int KindBits = 10;
    private const uint KindMask = (1u << KindBits) - 1;
    private const int FlagsShift = KindBits;
    private const uint FlagsMask = 0x3F;
    private const int HashShift = 16;

    [ThreadStatic]
    private static uint s_nextHash;

    private uint _bits;

    protected GreenNode(NixSyntaxKind kind, int fullWidth, GreenFlags flags)
    {
        System.Diagnostics.Debug.Assert((uint)kind <= KindMask, "syntax kinds must fit in the node's kind bits");
        FullWidth = fullWidth;
        // The high half of a Fibonacci hash of a counter: consecutive nodes get well spread 16-bit hashes.
        uint hash = unchecked(++s_nextHash * 2654435769u) >> HashShift;
        _bits = (uint)kind | ((uint)flags << FlagsShift) | (hash << HashShift);
    }

    /// <summary>The largest syntax kind a green node can hold (its kind has 10 bits).</summary>
    internal const int MaxKindValue = (int)KindMask;

    /// <summary>
    /// A 16-bit hash for identity-keyed caches (their tables have at most 2^16 entries). RuntimeHelpers.GetHashCode has to
    /// install a hash in each new object's header, which cost a quarter of a parse; a counter spread by a
    /// Fibonacci multiplier costs nothing. Not unique, which a hash need not be.
    /// </summary>
    public int IdentityHash => (int)(_bits >> HashShift);

    public NixSyntaxKind Kind => (NixSyntaxKind)(_bits & KindMask);

    /// <summary>The width with all trivia.</summary>
    public int FullWidth { get; }

    public GreenFlags Flags => (GreenFlags)((_bits >> FlagsShift) & FlagsMask);

    private void AddFlags(GreenFlags flags) => _bits |= (uint)flags << FlagsShift;

    /// <summary>Whether this node came from a parse's cache, so that nodes made of it may be shared too.</summary>
    public bool IsShared => (Flags & GreenFlags.IsShared) != 0;

    /// <summary>Marks a node as shared; called once, by the cache that made it, before anyone else sees it.</summary>
    public void MarkShared() => AddFlags(GreenFlags.IsShared);

    public bool IsMissing => (Flags & GreenFlags.IsMissing) != 0;

    /// <summary>Whether annotations are stored for this very instance (see Editing/GreenAnnotations.cs).</summary>
    public bool HasAnnotations => (Flags & GreenFlags.HasAnnotations) != 0;

    /// <summary>Whether this node or a descendant has annotations, so that searches can skip the rest.</summary>
    public bool ContainsAnnotations => (Flags & GreenFlags.ContainsAnnotations) != 0;

    /// <summary>
    /// Marks a node as annotated; called once, on a fresh copy that no one else has seen and that no cache
    /// shares, so that annotating one occurrence never annotates another.
    /// </summary>
    public void MarkAnnotated() => AddFlags(GreenFlags.HasAnnotations | GreenFlags.ContainsAnnotations);

    // From the kind, not a virtual call: only tokens have token kinds and only trivia trivia kinds.
    public bool IsToken => SyntaxFacts.IsToken(Kind);

    public bool IsTrivia => SyntaxFacts.IsTrivia(Kind);

    public bool IsList => Kind == NixSyntaxKind.List;

    public abstract int SlotCount { get; }

    public abstract GreenNode? GetSlot(int index);

    /// <summary>
    /// Slot <paramref name="index"/> as far as it exists: for a slot made on first read (the one-item list of an
    /// attribute path of one name, the text part of a string of one piece), the node or token it would wrap,
    /// which has the same full text. Printing and searches for the first or last token use it, so they never
    /// make such slots; everything that needs the slot's own shape uses <see cref="GetSlot"/>.
    /// </summary>
    public virtual GreenNode? PeekSlot(int index) => GetSlot(index);

    /// <summary>The offset of slot <paramref name="index"/> from the start of this node.</summary>
    public virtual int GetSlotOffset(int index)
    {
        int offset = 0;
        for (int i = 0; i < index; i++) offset += GetSlot(i)?.FullWidth ?? 0;
        return offset;
    }

    /// <summary>The first token with a width, or null (Roslyn: zero-width tokens are skipped).</summary>
    public GreenToken? GetFirstTerminal()
    {
        GreenNode? node = this;
        while (node is not null && !node.IsToken)
        {
            GreenNode? next = null;
            for (int i = 0, n = node.SlotCount; i < n; i++)
            {
                var child = node.PeekSlot(i);
                if (child is not null && child.FullWidth > 0) { next = child; break; }
            }
            node = next;
        }
        return node as GreenToken;
    }

    /// <summary>The last token with a width, or null.</summary>
    public GreenToken? GetLastTerminal()
    {
        GreenNode? node = this;
        while (node is not null && !node.IsToken)
        {
            GreenNode? next = null;
            for (int i = node.SlotCount - 1; i >= 0; i--)
            {
                var child = node.PeekSlot(i);
                if (child is not null && child.FullWidth > 0) { next = child; break; }
            }
            node = next;
        }
        return node as GreenToken;
    }

    public virtual int GetLeadingTriviaWidth() => GetFirstTerminal()?.GetLeadingTriviaWidth() ?? 0;

    public virtual int GetTrailingTriviaWidth() => GetLastTerminal()?.GetTrailingTriviaWidth() ?? 0;

    /// <summary>The width without the leading trivia of the first token and the trailing trivia of the last.</summary>
    public int Width => FullWidth - GetLeadingTriviaWidth() - GetTrailingTriviaWidth();

    public abstract SyntaxNode CreateRed(SyntaxNode? parent, int position, NixSyntaxTree? tree);

    /// <summary>The text with all trivia (one walk for every printer: <see cref="FullTextPrinter"/>).</summary>
    public string ToFullString() => FullTextPrinter.Print(this);

    /// <summary>The text without the leading trivia of the first token and the trailing trivia of the last.</summary>
    public override string ToString()
    {
        // Cut by width, not by token identity: green tokens are shared, so the first token's object may stand
        // elsewhere in the tree too.
        int leading = GetLeadingTriviaWidth();
        int width = FullWidth - leading - GetTrailingTriviaWidth();
        return width == FullWidth ? ToFullString() : ToFullString().Substring(leading, width);
    }

    protected static GreenFlags InheritedFlags(GreenNode? child) =>
        child is null ? GreenFlags.None : (child.Flags & GreenFlags.Inherited) | ((child.Flags & GreenFlags.IsMissing) != 0 ? GreenFlags.ContainsMissing : 0);
}

/// <summary>Bit flags of a green node; those in <see cref="Inherited"/> propagate to every ancestor.</summary>
[Flags]
internal enum GreenFlags : byte
{
    None = 0,
    /// <summary>A token the parser expected but did not find (zero width).</summary>
    IsMissing = 1,
    /// <summary>Some descendant is missing.</summary>
    ContainsMissing = 2,
    /// <summary>Some token carries skipped-tokens trivia.</summary>
    ContainsSkippedText = 4,
    /// <summary>The node is shared through a parse's cache (never inherited).</summary>
    IsShared = 8,
    /// <summary>Annotations are stored for this instance (never inherited).</summary>
    HasAnnotations = 16,
    /// <summary>This node or a descendant has annotations.</summary>
    ContainsAnnotations = 32,
    Inherited = ContainsMissing | ContainsSkippedText | ContainsAnnotations,
}

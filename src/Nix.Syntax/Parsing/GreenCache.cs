using System.Numerics;
using System.Runtime.CompilerServices;
using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax.Parsing;

/// <summary>
/// Shares green trivia, tokens and small nodes: the fifth <c>pkgs.lib</c> with the same trivia can be the same
/// objects as the first, because green nodes have no position (Roslyn's and rowan's node caches). Like
/// Roslyn's SyntaxNodeCache it is a fixed-size table that forgets on collision, so it never grows or resizes:
/// a growing dictionary per parse meant large-object allocations and full collections. One table per thread,
/// kept across parses; sharing a node between trees is safe since green nodes are immutable.
/// Texts are interned by <see cref="StringTable"/>, so a text's identity is a good hash for it.
/// </summary>
internal sealed class GreenCache
{
    private const int MaxSharedTextLength = 64;
    // 8,192 entries (128 KiB). A table of 65,536 made a 1 MB parse allocate 12 % less, but parsed a third slower
    // (bench/README.md): it keeps a hundred thousand nodes of past parses alive, so they are promoted to gen2 and
    // need full collections, and every young collection scans its cards, dirtied all over by random inserts.
    private const int Size = 1 << 13;
    private const int Mask = Size - 1;
    // Two entries per set: with one, two nodes that fall in the same entry and recur alternately (two names
    // in a file, or the same file parsed again) evict each other every time and are made anew each time.
    private const int Ways = 2;

    [ThreadStatic]
    private static Entry[]? s_entries;

    // Entries hold only a hash and the node; a hit is confirmed against the node's own fields. A 16-byte entry
    // keeps the table small, where a copy of the whole key made it four times larger and lookups missed the CPU cache.
    private readonly Entry[] _entries = s_entries ??= new Entry[Size];

    /// <summary>Trivia of one kind and (interned) text.</summary>
    public GreenTrivia Trivia(NixSyntaxKind kind, string text)
    {
        if (text.Length > MaxSharedTextLength || kind == NixSyntaxKind.SkippedTokensTrivia) return GreenTrivia.Create(kind, text);
        int hash = Hash(kind, TextHash(text), null, null, null, null, null);
        ref var set = ref SetOf(hash);
        for (int way = 0; way < Ways; way++)
        {
            ref var entry = ref Unsafe.Add(ref set, way);
            if (entry.Hash == hash && entry.Value is GreenTrivia found && found.Kind == kind && found.Text == text) return found;
        }
        var trivia = GreenTrivia.Create(kind, text);
        Insert(ref set, hash, trivia);
        return trivia;
    }

    /// <summary>A list of two to four trivia (such as a line end and an indentation); longer ones are not shared.</summary>
    public GreenNode TriviaList(List<GreenNode> pieces)
    {
        int count = pieces.Count;
        if (count > 4) return GreenList.Create(pieces);
        // A long comment keeps a slice of its file's text: kept in this table past the parse, it would keep the file.
        for (int i = 0; i < count; i++)
            if (pieces[i].FullWidth > MaxSharedTextLength) return GreenList.Create(pieces);
        GreenNode a = pieces[0], b = pieces[1];
        GreenNode? c = count > 2 ? pieces[2] : null, d = count > 3 ? pieces[3] : null;
        int hash = Hash(NixSyntaxKind.List, count, a, b, c, d, null);
        ref var set = ref SetOf(hash);
        for (int way = 0; way < Ways; way++)
        {
            ref var entry = ref Unsafe.Add(ref set, way);
            if (entry.Hash == hash && entry.Value is { IsList: true } found && SameSlots(found, count, a, b, c, d, null)) return found;
        }
        var list = GreenList.Create(pieces);
        Insert(ref set, hash, list);
        return list;
    }

    /// <summary>A token of a kind, (interned) text and shared trivia; long texts are rarely repeated and not looked up.</summary>
    public GreenToken Token(NixSyntaxKind kind, string text, GreenNode? leading, GreenNode? trailing)
    {
        if (text.Length > MaxSharedTextLength) return GreenToken.Create(kind, text, leading, trailing);
        // A binding's `= ` and `;` line end are the same objects in every tree, so its node can leave them out.
        if (leading is null && GreenToken.SharedWithTrailing(kind, trailing) is { } common) return common;
        int hash = Hash(kind, TextHash(text), leading, trailing, null, null, null);
        ref var set = ref SetOf(hash);
        for (int way = 0; way < Ways; way++)
        {
            ref var entry = ref Unsafe.Add(ref set, way);
            // Only tokens have token kinds: the kind check makes the cast safe without a class-hierarchy test.
            if (entry.Hash == hash && entry.Value is { } value && value.Kind == kind && Unsafe.As<GreenToken>(value) is var found
                && found.Text == text && ReferenceEquals(found.LeadingTrivia, leading) && ReferenceEquals(found.TrailingTrivia, trailing))
                return found;
        }
        var token = GreenToken.Create(kind, text, leading, trailing);
        token.MarkShared();
        Insert(ref set, hash, token);
        return token;
    }

    /// <summary>A node of up to five slots; shared when every slot is absent or itself shared.</summary>
    public GreenNode Node(NixSyntaxKind kind, GreenNode? a, GreenNode? b = null, GreenNode? c = null, GreenNode? d = null, GreenNode? e = null, int slotCount = 1)
    {
        if (!Shareable(a) || !Shareable(b) || !Shareable(c) || !Shareable(d) || !Shareable(e)) return Create(kind, slotCount, a, b, c, d, e);
        int hash = Hash(kind, slotCount, a, b, c, d, e);
        ref var set = ref SetOf(hash);
        for (int way = 0; way < Ways; way++)
        {
            ref var entry = ref Unsafe.Add(ref set, way);
            if (entry.Hash == hash && entry.Value is { } found && found.Kind == kind && SameSlots(found, slotCount, a, b, c, d, e))
                return found;
        }
        var node = Create(kind, slotCount, a, b, c, d, e);
        node.MarkShared();
        Insert(ref set, hash, node);
        return node;
    }

    /// <summary>
    /// An attribute path of one name that is not a plain identifier (a string or an interpolation), whose one-item list
    /// is made on first read (<see cref="GreenSyntaxNode.CreateWithSingletonList"/>); shared when the name is.
    /// </summary>
    public GreenNode AttrPathOfOneItem(GreenNode name) =>
        MadeOnFirstRead(NixSyntaxKind.AttrPath, name, static n => GreenSyntaxNode.CreateWithSingletonList(NixSyntaxKind.AttrPath, n));

    /// <summary>A path of one piece (<see cref="GreenSyntaxNode.CreatePathOfOneText"/>); shared when its token is.</summary>
    public GreenNode PathOfOneText(GreenToken text) =>
        MadeOnFirstRead(NixSyntaxKind.PathExpression, text, static t => GreenSyntaxNode.CreatePathOfOneText((GreenToken)t));

    /// <summary>An attribute path of one plain name (<see cref="GreenSyntaxNode.CreateAttrPathOfOneName"/>); shared when its token is.</summary>
    public GreenNode AttrPathOfOneName(GreenToken name) =>
        MadeOnFirstRead(NixSyntaxKind.AttrPath, name, static t => GreenSyntaxNode.CreateAttrPathOfOneName((GreenToken)t));

    /// <summary>
    /// A node that keeps one item and makes its wrappers on first read (<see cref="GreenSyntaxNode.LazyItem"/>); shared
    /// when the item is. Kind and item identify it: the same item is never wrapped two ways under one kind.
    /// </summary>
    private GreenNode MadeOnFirstRead(NixSyntaxKind kind, GreenNode item, Func<GreenNode, GreenSyntaxNode> create)
    {
        if (!item.IsShared) return create(item);
        // -1 keeps these apart from nodes of one ordinary slot.
        int hash = Hash(kind, -1, item, null, null, null, null);
        ref var set = ref SetOf(hash);
        for (int way = 0; way < Ways; way++)
        {
            ref var entry = ref Unsafe.Add(ref set, way);
            // Nodes of a syntax kind are GreenSyntaxNodes: the kind check makes the cast safe.
            if (entry.Hash == hash && entry.Value is { } found && found.Kind == kind && ReferenceEquals(Unsafe.As<GreenSyntaxNode>(found).LazyItem, item))
                return found;
        }
        var node = create(item);
        node.MarkShared();
        Insert(ref set, hash, node);
        return node;
    }

    /// <summary>A list of one shared element (the one name of most attribute paths).</summary>
    public GreenList List(GreenNode item)
    {
        if (!item.IsShared) return GreenList.Create(item);
        int hash = Hash(NixSyntaxKind.List, 1, item, null, null, null, null);
        ref var set = ref SetOf(hash);
        for (int way = 0; way < Ways; way++)
        {
            ref var entry = ref Unsafe.Add(ref set, way);
            if (entry.Hash == hash && entry.Value is GreenList found && SameSlots(found, 1, item, null, null, null, null)) return found;
        }
        var list = GreenList.Create(item);
        list.MarkShared();
        Insert(ref set, hash, list);
        return list;
    }

    /// <summary>The first entry of the set a hash falls in; the set's entries are adjacent, in one cache line.</summary>
    private ref Entry SetOf(int hash) => ref _entries[hash & Mask & ~(Ways - 1)];

    /// <summary>Puts a new node first in its set; the others move down and the oldest is forgotten.</summary>
    private static void Insert(ref Entry set, int hash, GreenNode node)
    {
        for (int way = Ways - 1; way > 0; way--) Unsafe.Add(ref set, way) = Unsafe.Add(ref set, way - 1);
        set = new Entry(hash, node);
    }

    private static bool Shareable(GreenNode? node) => node is null || node.IsShared || (node.IsList && node.SlotCount == 0);

    private static bool SameSlots(GreenNode node, int count, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, GreenNode? e) =>
        node.SlotCount == count
        && ReferenceEquals(node.GetSlot(0), a)
        && (count < 2 || ReferenceEquals(node.GetSlot(1), b))
        && (count < 3 || ReferenceEquals(node.GetSlot(2), c))
        && (count < 4 || ReferenceEquals(node.GetSlot(3), d))
        && (count < 5 || ReferenceEquals(node.GetSlot(4), e));

    // Texts are interned, so the same text is almost always the same string: its identity is a good hash.
    private static int TextHash(string text) => RuntimeHelpers.GetHashCode(text);

    private static int Hash(NixSyntaxKind kind, int extra, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, GreenNode? e)
    {
        // A multiply-and-rotate mix of the parts; the table index is the low bits.
        uint h = (uint)kind * 0x9E3779B1u ^ (uint)extra;
        h = (BitOperations.RotateLeft(h, 5) ^ (uint)Id(a)) * 0x9E3779B1u;
        h = (BitOperations.RotateLeft(h, 5) ^ (uint)Id(b)) * 0x9E3779B1u;
        h = (BitOperations.RotateLeft(h, 5) ^ (uint)Id(c)) * 0x9E3779B1u;
        h = (BitOperations.RotateLeft(h, 5) ^ (uint)Id(d)) * 0x9E3779B1u;
        h = (BitOperations.RotateLeft(h, 5) ^ (uint)Id(e)) * 0x9E3779B1u;
        return (int)(h ^ (h >> 15));
    }

    private static int Id(GreenNode? node) => node?.IdentityHash ?? 0;

    private static GreenNode Create(NixSyntaxKind kind, int slotCount, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, GreenNode? e) => slotCount switch
    {
        1 => GreenSyntaxNode.Create(kind, a),
        2 => GreenSyntaxNode.Create(kind, a, b),
        3 => GreenSyntaxNode.Create(kind, a, b, c),
        // A binding of the common layout leaves out its shared `=` and `;`.
        4 when kind == NixSyntaxKind.AttrPathValue => GreenSyntaxNode.CreateBinding(a!, (GreenToken)b!, c!, (GreenToken)d!),
        4 => GreenSyntaxNode.Create(kind, a, b, c, d),
        _ => GreenSyntaxNode.Create(kind, a, b, c, d, e),
    };

    private readonly record struct Entry(int Hash, GreenNode? Value);
}

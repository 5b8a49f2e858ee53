using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax.Parsing;

/// <summary>
/// Shares green trivia, tokens and small nodes: the fifth <c>pkgs.lib</c> with the same trivia can be the same
/// objects as the first, because green nodes have no position (Roslyn's and rowan's node caches). Like
/// Roslyn's SyntaxNodeCache it is a fixed-size table that forgets on collision, so it never grows or resizes:
/// a growing dictionary per parse meant large-object allocations and full collections. One table per thread,
/// kept across parses; sharing a node between trees is safe since green nodes are immutable.
/// Texts are interned by <see cref="StringTable"/>, so identity is equality for every key part.
/// </summary>
internal sealed class GreenCache
{
    private const int MaxSharedTextLength = 64;
    private const int Size = 1 << 16;
    private const int Mask = Size - 1;

    [ThreadStatic]
    private static Entry[]? s_entries;

    private readonly Entry[] _entries = s_entries ??= new Entry[Size];

    /// <summary>Trivia of one kind and (interned) text.</summary>
    public GreenTrivia Trivia(NixSyntaxKind kind, string text)
    {
        if (text.Length > MaxSharedTextLength || kind == NixSyntaxKind.SkippedTokensTrivia) return GreenTrivia.Create(kind, text);
        var key = new Key(kind, text, null, null, null, null, null);
        ref var entry = ref _entries[key.Hash & Mask];
        if (entry.Value is GreenTrivia found && entry.Key.Equals(key)) return found;
        var trivia = GreenTrivia.Create(kind, text);
        entry = new Entry(key, trivia);
        return trivia;
    }

    /// <summary>A list of two to four trivia (such as a line end and an indentation); longer ones are not shared.</summary>
    public GreenNode TriviaList(List<GreenNode> pieces)
    {
        if (pieces.Count > 4) return GreenList.Create(pieces);
        var key = new Key(NixSyntaxKind.List, null, pieces[0], pieces[1], pieces.Count > 2 ? pieces[2] : null, pieces.Count > 3 ? pieces[3] : null, null);
        ref var entry = ref _entries[key.Hash & Mask];
        if (entry.Value is { } found && entry.Key.Equals(key)) return found;
        var list = GreenList.Create(pieces);
        entry = new Entry(key, list);
        return list;
    }

    /// <summary>A token of a kind, (interned) text and shared trivia; long texts are rarely repeated and not looked up.</summary>
    public GreenToken Token(NixSyntaxKind kind, string text, GreenNode? leading, GreenNode? trailing)
    {
        if (text.Length > MaxSharedTextLength) return GreenToken.Create(kind, text, leading, trailing);
        var key = new Key(kind, text, leading, trailing, null, null, null);
        ref var entry = ref _entries[key.Hash & Mask];
        if (entry.Value is GreenToken found && entry.Key.Equals(key)) return found;
        var token = GreenToken.Create(kind, text, leading, trailing);
        token.MarkShared();
        entry = new Entry(key, token);
        return token;
    }

    /// <summary>A node of up to five slots; shared when every slot is absent or itself shared.</summary>
    public GreenNode Node(NixSyntaxKind kind, GreenNode? a, GreenNode? b = null, GreenNode? c = null, GreenNode? d = null, GreenNode? e = null, int slotCount = 1)
    {
        if (!Shareable(a) || !Shareable(b) || !Shareable(c) || !Shareable(d) || !Shareable(e)) return Create(kind, slotCount, a, b, c, d, e);
        var key = new Key(kind, null, a, b, c, d, e);
        ref var entry = ref _entries[key.Hash & Mask];
        if (entry.Value is { } found && found.SlotCount == slotCount && entry.Key.Equals(key)) return found;
        var node = Create(kind, slotCount, a, b, c, d, e);
        node.MarkShared();
        entry = new Entry(key, node);
        return node;
    }

    /// <summary>A list of one shared element (the one name of most attribute paths).</summary>
    public GreenList List(GreenNode item)
    {
        if (!item.IsShared) return GreenList.Create(new[] { item });
        var key = new Key(NixSyntaxKind.List, null, item, null, null, null, null);
        ref var entry = ref _entries[key.Hash & Mask];
        if (entry.Value is GreenList found && entry.Key.Equals(key)) return found;
        var list = GreenList.Create(new[] { item });
        list.MarkShared();
        entry = new Entry(key, list);
        return list;
    }

    private static bool Shareable(GreenNode? node) => node is null || node.IsShared || (node.IsList && node.SlotCount == 0);

    private static GreenNode Create(NixSyntaxKind kind, int slotCount, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, GreenNode? e) => slotCount switch
    {
        1 => GreenSyntaxNode.Create(kind, a),
        2 => GreenSyntaxNode.Create(kind, a, b),
        3 => GreenSyntaxNode.Create(kind, a, b, c),
        4 => GreenSyntaxNode.Create(kind, a, b, c, d),
        _ => GreenSyntaxNode.Create(kind, a, b, c, d, e),
    };

    private readonly record struct Entry(Key Key, GreenNode? Value);

    private readonly struct Key(NixSyntaxKind kind, string? text, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, GreenNode? e) : IEquatable<Key>
    {
        private readonly NixSyntaxKind _kind = kind;
        private readonly string? _text = text;
        private readonly GreenNode? _a = a, _b = b, _c = c, _d = d, _e = e;

        public int Hash { get; } = HashCode.Combine((int)kind, text is null ? 0 : string.GetHashCode(text.AsSpan()), Id(a), Id(b), Id(c), Id(d), Id(e));

        public bool Equals(Key other) =>
            _kind == other._kind && ReferenceEquals(_text, other._text) && ReferenceEquals(_a, other._a) && ReferenceEquals(_b, other._b)
            && ReferenceEquals(_c, other._c) && ReferenceEquals(_d, other._d) && ReferenceEquals(_e, other._e);

        public override bool Equals(object? obj) => obj is Key key && Equals(key);

        public override int GetHashCode() => Hash;

        private static int Id(GreenNode? node) => node?.IdentityHash ?? 0;
    }
}

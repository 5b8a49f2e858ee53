using System.Runtime.CompilerServices;
using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax.Parsing;

/// <summary>
/// Shares green trivia, tokens and small nodes within one parse. Green nodes have no position, so the fifth
/// <c>pkgs.lib</c> with the same trivia can be the same objects as the first (Roslyn's and rowan's node caches).
/// A large file then keeps far fewer live objects and the garbage collector has far less to promote.
/// Texts are interned by the lexer's string table, so identity is equality for every key part.
/// </summary>
internal sealed class GreenCache
{
    private const int MaxSharedTextLength = 64;

    private readonly Dictionary<Key, GreenNode> _entries = new(1024);

    /// <summary>Trivia of one kind and (interned) text.</summary>
    public GreenTrivia Trivia(NixSyntaxKind kind, string text)
    {
        if (text.Length > MaxSharedTextLength || kind == NixSyntaxKind.SkippedTokensTrivia) return GreenTrivia.Create(kind, text);
        var key = new Key(kind, text, null, null, null, null, null);
        if (_entries.TryGetValue(key, out var found)) return (GreenTrivia)found;
        var trivia = GreenTrivia.Create(kind, text);
        _entries[key] = trivia;
        return trivia;
    }

    /// <summary>A list of two to four trivia (such as a line end and an indentation); longer ones are not shared.</summary>
    public GreenNode TriviaList(List<GreenNode> pieces)
    {
        if (pieces.Count > 4) return GreenList.Create(pieces);
        var key = new Key(NixSyntaxKind.List, null, pieces[0], pieces[1], pieces.Count > 2 ? pieces[2] : null, pieces.Count > 3 ? pieces[3] : null, null);
        if (_entries.TryGetValue(key, out var found)) return found;
        var list = GreenList.Create(pieces);
        _entries[key] = list;
        return list;
    }

    /// <summary>A token of a kind, (interned) text and shared trivia; long texts are rarely repeated and not looked up.</summary>
    public GreenToken Token(NixSyntaxKind kind, string text, GreenNode? leading, GreenNode? trailing)
    {
        if (text.Length > MaxSharedTextLength) return GreenToken.Create(kind, text, leading, trailing);
        var key = new Key(kind, text, leading, trailing, null, null, null);
        if (_entries.TryGetValue(key, out var found)) return (GreenToken)found;
        var token = GreenToken.Create(kind, text, leading, trailing);
        token.MarkShared();
        _entries[key] = token;
        return token;
    }

    /// <summary>A node of up to five slots; shared when every slot is absent or itself shared.</summary>
    public GreenNode Node(NixSyntaxKind kind, GreenNode? a, GreenNode? b = null, GreenNode? c = null, GreenNode? d = null, GreenNode? e = null, int slotCount = 1)
    {
        if (!Shareable(a) || !Shareable(b) || !Shareable(c) || !Shareable(d) || !Shareable(e)) return Create(kind, slotCount, a, b, c, d, e);
        var key = new Key(kind, null, a, b, c, d, e);
        if (_entries.TryGetValue(key, out var found) && found.SlotCount == slotCount) return found;
        var node = Create(kind, slotCount, a, b, c, d, e);
        node.MarkShared();
        _entries[key] = node;
        return node;
    }

    /// <summary>A list of one shared element (the one name of most attribute paths).</summary>
    public GreenList List(GreenNode item)
    {
        if (!item.IsShared) return GreenList.Create(new[] { item });
        var key = new Key(NixSyntaxKind.List, null, item, null, null, null, null);
        if (_entries.TryGetValue(key, out var found)) return (GreenList)found;
        var list = GreenList.Create(new[] { item });
        list.MarkShared();
        _entries[key] = list;
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

    private readonly struct Key(NixSyntaxKind kind, string? text, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, GreenNode? e) : IEquatable<Key>
    {
        private readonly NixSyntaxKind _kind = kind;
        private readonly string? _text = text;
        private readonly GreenNode? _a = a, _b = b, _c = c, _d = d, _e = e;

        public bool Equals(Key other) =>
            _kind == other._kind && ReferenceEquals(_text, other._text) && ReferenceEquals(_a, other._a) && ReferenceEquals(_b, other._b)
            && ReferenceEquals(_c, other._c) && ReferenceEquals(_d, other._d) && ReferenceEquals(_e, other._e);

        public override bool Equals(object? obj) => obj is Key key && Equals(key);

        public override int GetHashCode() =>
            HashCode.Combine((int)_kind, Id(_text), Id(_a), Id(_b), Id(_c), Id(_d), Id(_e));

        private static int Id(object? o) => o is null ? 0 : RuntimeHelpers.GetHashCode(o);
    }
}

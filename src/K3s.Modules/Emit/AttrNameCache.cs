using Nix.Syntax;
using Nix.Syntax.InternalSyntax;
using K3s.Modules.Values;

namespace K3s.Modules.Emit;

/// <summary>
/// Green attribute names shared across bindings. Green nodes are immutable, so the names that repeat in a large
/// module (containerd's <c>plugins."io.containerd.grpc.v1.cri".containerd.runtimes</c>) need one node each,
/// however many bindings hold them. The cache is direct-mapped: a fixed array indexed by hash whose entry a miss
/// replaces, so a million distinct keys (sysctls) cost no more memory than its slots and no search.
/// </summary>
internal sealed class AttrNameCache(EmitTrivia trivia)
{
    // A power of two; 2,048 entries of 32 bytes stay under the large object heap's 85,000-byte threshold.
    private const int Slots = 2048;

    // Made on the first lookup: an emitter that only makes names that do not repeat (sysctl keys) needs none.
    private Entry[]? _entries;

    // The hash last missed at each slot: a name is kept only on its second miss. A name that appears in one run of
    // consecutive paths (containerd's runtime names) is shared by the emitter's last-path reuse and never looked
    // up again; kept, it would outlive the print's young objects and be copied to older generations with each new
    // one that replaces it (15,000 of them at a million bindings).
    private int[]? _missed;

    /// <summary>
    /// The attribute name <paramref name="name"/>: an identifier when it lexes as one, else a quoted string; its
    /// first token carries <paramref name="leading"/>, and its last a space when <paramref name="trailingSpace"/>.
    /// </summary>
    public GreenNode Get(string name, GreenNode? leading, bool trailingSpace)
    {
        int hash = HashCode.Combine(name, leading?.IdentityHash ?? 0, trailingSpace);
        ref var entry = ref (_entries ??= new Entry[Slots])[hash & (Slots - 1)];
        if (entry.Node is not null && entry.TrailingSpace == trailingSpace && ReferenceEquals(entry.Leading, leading)
            && string.Equals(entry.Name, name, StringComparison.Ordinal))
            return entry.Node;
        var node = Create(name, leading, trailingSpace);
        ref int missed = ref (_missed ??= new int[Slots])[hash & (Slots - 1)];
        if (missed == hash) entry = new Entry(name, leading, trailingSpace, node);
        else missed = hash;
        return node;
    }

    /// <summary>The full width of the name <see cref="Get"/> or the Create overloads would give, without making it.</summary>
    public static int Width(string name, GreenNode? leading, bool trailingSpace) =>
        (leading?.FullWidth ?? 0) + NameWidth(name) + (trailingSpace ? 1 : 0);

    /// <summary>The width of the name's text alone: the identifier, or the quoted and escaped string.</summary>
    public static int NameWidth(string name) => OptionPath.IsIdentifier(name) ? name.Length : SyntaxFactory.EscapeStringText(name).Length + 2;

    /// <summary>A new node of the name, not cached (for names that do not repeat, such as sysctl keys).</summary>
    public GreenNode Create(string name, GreenNode? leading, bool trailingSpace) => Create(name, leading, trivia.OpenQuoteAfter(leading), trailingSpace);

    /// <summary>
    /// A new node of the name, not cached; <paramref name="openQuote"/> is <see cref="EmitTrivia.OpenQuoteAfter"/>
    /// of <paramref name="leading"/>, so that no cache is touched and any thread may call it.
    /// </summary>
    public GreenNode Create(string name, GreenNode? leading, GreenToken openQuote, bool trailingSpace)
    {
        if (OptionPath.IsIdentifier(name))
            return SyntaxFactory.UncheckedNode(NixSyntaxKind.IdentifierAttrName,
                SyntaxFactory.UncheckedToken(leading, NixSyntaxKind.IdentifierToken, name, trailingSpace ? trivia.SpaceGreen : null));
        var close = trailingSpace ? trivia.QuoteSpace : trivia.Quote;
        // A string of one piece: its piece node and parts list are made only if someone reads them. The empty name
        // `""` has no piece at all, as the parser reads it.
        var quoted = name.Length == 0
            ? SyntaxFactory.UncheckedNode(NixSyntaxKind.StringExpression, openQuote, GreenList.Empty, close)
            : SyntaxFactory.UncheckedStringOfOneText(openQuote, SyntaxFactory.UncheckedToken(null, NixSyntaxKind.StringTextToken, SyntaxFactory.EscapeStringText(name), null), close);
        return SyntaxFactory.UncheckedNode(NixSyntaxKind.StringAttrName, quoted);
    }

    private readonly record struct Entry(string Name, GreenNode? Leading, bool TrailingSpace, GreenNode? Node);
}

namespace Nix.Syntax.InternalSyntax;

/// <summary>
/// A green token: its kind and text, with leading and trailing trivia (each null, one trivia, or a list of
/// trivia). Tokens of fixed text and no trivia are shared singletons. A token stores only the trivia it has
/// (one class per shape): most tokens have trivia on one side or none, and a parse makes tens of thousands.
/// </summary>
internal class GreenToken : GreenNode
{
    private static readonly Dictionary<NixSyntaxKind, GreenToken> s_bare = CreateBareTokens();

    private string? _text;

    private GreenToken(NixSyntaxKind kind, string text, int triviaWidth, GreenFlags flags)
        : base(kind, text.Length + triviaWidth, flags)
    {
        _text = text;
    }

    // A token that keeps a slice of its source (FromSource) makes its string on first read.
    private GreenToken(NixSyntaxKind kind, int textLength, int triviaWidth, GreenFlags flags)
        : base(kind, textLength + triviaWidth, flags)
    {
    }

    /// <summary>The token's text (for a token made by <see cref="CreateFromSource"/>, made from the source on first read and kept).</summary>
    public string Text => _text ?? Interlocked.CompareExchange(ref _text, new string(SourceSlice()), null) ?? _text!;

    /// <summary>The token's text, without making a string for a token that keeps a slice of its source.</summary>
    public ReadOnlySpan<char> TextSpan => _text ?? SourceSlice();

    private protected virtual ReadOnlySpan<char> SourceSlice() => throw new InvalidOperationException("Internal error: a token without text.");

    /// <summary>
    /// A token whose text is <paramref name="length"/> characters of <paramref name="source"/> from
    /// <paramref name="start"/>, kept as that slice: for long texts (comments, string bodies, long paths), which are
    /// rarely repeated or read, the parse makes no copy. The tree keeps its source text anyway.
    /// </summary>
    public static GreenToken CreateFromSource(NixSyntaxKind kind, string source, int start, int length, GreenNode? leading, GreenNode? trailing)
    {
        leading = NormalizeTrivia(leading);
        trailing = NormalizeTrivia(trailing);
        return new FromSource(kind, source, start, length, leading, trailing, InheritedFlags(leading) | InheritedFlags(trailing));
    }

    /// <summary>
    /// The <c>=</c> of a binding written the common way (<c>name = value;</c>): one space after it. Shared by
    /// every tree, so that a binding of the common shape need not keep its punctuation (see
    /// <see cref="GreenSyntaxNode.CreateBinding"/>).
    /// </summary>
    public static GreenToken EqualsSpace { get; } = Shared(NixSyntaxKind.EqualsToken, "=", GreenTrivia.Spaces(1)!);

    /// <summary>The <c>;</c> that ends a binding's line: a line feed after it. Shared like <see cref="EqualsSpace"/>.</summary>
    public static GreenToken SemicolonLineFeed { get; } = Shared(NixSyntaxKind.SemicolonToken, ";", GreenTrivia.LineFeed);

    /// <summary>The shared token of a kind and trailing trivia, if there is one (see <see cref="EqualsSpace"/>).</summary>
    public static GreenToken? SharedWithTrailing(NixSyntaxKind kind, GreenNode? trailing) => kind switch
    {
        NixSyntaxKind.EqualsToken when ReferenceEquals(trailing, EqualsSpace.TrailingTrivia) => EqualsSpace,
        NixSyntaxKind.SemicolonToken when ReferenceEquals(trailing, SemicolonLineFeed.TrailingTrivia) => SemicolonLineFeed,
        _ => null,
    };

    private static GreenToken Shared(NixSyntaxKind kind, string text, GreenNode trailing)
    {
        var token = new WithTrailing(kind, text, trailing, GreenFlags.None);
        token.MarkShared();
        return token;
    }

    /// <summary>Null, one <see cref="GreenTrivia"/>, or a <see cref="GreenList"/> of trivia.</summary>
    public virtual GreenNode? LeadingTrivia => null;

    /// <summary>Null, one <see cref="GreenTrivia"/>, or a <see cref="GreenList"/> of trivia.</summary>
    public virtual GreenNode? TrailingTrivia => null;

    public override int SlotCount => 0;

    public override GreenNode? GetSlot(int index) => null;

    public override int GetLeadingTriviaWidth() => LeadingTrivia?.FullWidth ?? 0;

    public override int GetTrailingTriviaWidth() => TrailingTrivia?.FullWidth ?? 0;

    /// <summary>Creates a token; with no trivia and a fixed text, the shared instance is returned.</summary>
    public static GreenToken Create(NixSyntaxKind kind, string text, GreenNode? leading = null, GreenNode? trailing = null)
    {
        leading = NormalizeTrivia(leading);
        trailing = NormalizeTrivia(trailing);
        if (leading is null && trailing is null && s_bare.TryGetValue(kind, out var bare) && bare.Text == text) return bare;
        return Make(kind, text, leading, trailing, GreenFlags.None);
    }

    /// <summary>A zero-width token the parser expected but did not find.</summary>
    public static GreenToken CreateMissing(NixSyntaxKind kind, GreenNode? leading = null, GreenNode? trailing = null) =>
        Make(kind, string.Empty, NormalizeTrivia(leading), NormalizeTrivia(trailing), GreenFlags.IsMissing);

    public GreenToken WithLeadingTrivia(GreenNode? leading) =>
        Make(Kind, Text, NormalizeTrivia(leading), TrailingTrivia, Flags & GreenFlags.IsMissing);

    public GreenToken WithTrailingTrivia(GreenNode? trailing) =>
        Make(Kind, Text, LeadingTrivia, NormalizeTrivia(trailing), Flags & GreenFlags.IsMissing);

    /// <summary>The token of the shape its trivia needs; the trivia are already normalised.</summary>
    private static GreenToken Make(NixSyntaxKind kind, string text, GreenNode? leading, GreenNode? trailing, GreenFlags flags)
    {
        if (leading is null)
        {
            return trailing is null
                ? new GreenToken(kind, text, 0, flags)
                : new WithTrailing(kind, text, trailing, flags | (trailing.Flags & GreenFlags.Inherited));
        }
        return trailing is null
            ? new WithLeading(kind, text, leading, flags | (leading.Flags & GreenFlags.Inherited))
            : new WithBoth(kind, text, leading, trailing, flags | (leading.Flags & GreenFlags.Inherited) | (trailing.Flags & GreenFlags.Inherited));
    }

    private sealed class WithLeading(NixSyntaxKind kind, string text, GreenNode leading, GreenFlags flags)
        : GreenToken(kind, text, leading.FullWidth, flags)
    {
        public override GreenNode? LeadingTrivia => leading;
    }

    private sealed class WithTrailing(NixSyntaxKind kind, string text, GreenNode trailing, GreenFlags flags)
        : GreenToken(kind, text, trailing.FullWidth, flags)
    {
        public override GreenNode? TrailingTrivia => trailing;
    }

    private sealed class WithBoth(NixSyntaxKind kind, string text, GreenNode leading, GreenNode trailing, GreenFlags flags)
        : GreenToken(kind, text, leading.FullWidth + trailing.FullWidth, flags)
    {
        public override GreenNode? LeadingTrivia => leading;

        public override GreenNode? TrailingTrivia => trailing;
    }

    private sealed class FromSource(NixSyntaxKind kind, string source, int start, int length, GreenNode? leading, GreenNode? trailing, GreenFlags flags)
        : GreenToken(kind, length, (leading?.FullWidth ?? 0) + (trailing?.FullWidth ?? 0), flags)
    {
        public override GreenNode? LeadingTrivia => leading;

        public override GreenNode? TrailingTrivia => trailing;

        private protected override ReadOnlySpan<char> SourceSlice() =>
            source.AsSpan(start, FullWidth - (leading?.FullWidth ?? 0) - (trailing?.FullWidth ?? 0));
    }

    private static GreenNode? NormalizeTrivia(GreenNode? trivia) => trivia switch
    {
        null => null,
        GreenList { SlotCount: 0 } => null,
        GreenList { SlotCount: 1 } list => list.GetSlot(0),
        _ => trivia,
    };

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position, NixSyntaxTree? tree) =>
        throw new InvalidOperationException("Tokens have no red node; use SyntaxToken.");

    private static Dictionary<NixSyntaxKind, GreenToken> CreateBareTokens()
    {
        var map = new Dictionary<NixSyntaxKind, GreenToken>();
        foreach (NixSyntaxKind kind in Enum.GetValues<NixSyntaxKind>())
        {
            string? text = SyntaxFacts.GetText(kind);
            if (!string.IsNullOrEmpty(text)) map[kind] = new GreenToken(kind, text, 0, GreenFlags.None);
        }
        return map;
    }
}

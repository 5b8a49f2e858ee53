namespace Nix.Syntax.InternalSyntax;

/// <summary>One piece of trivia: whitespace, a line end, a comment, or skipped text.</summary>
internal class GreenTrivia : GreenNode
{
    private static readonly GreenTrivia s_space = new(NixSyntaxKind.WhitespaceTrivia, " ");
    private static readonly GreenTrivia s_lineFeed = new(NixSyntaxKind.EndOfLineTrivia, "\n");
    private static readonly GreenTrivia s_crlf = new(NixSyntaxKind.EndOfLineTrivia, "\r\n");

    // Runs of spaces (indentation) of every common length: the lexer takes them from here without hashing or
    // probing a cache, and every tree shares them.
    private const int MaxSharedSpaces = 64;
    private static readonly GreenTrivia[] s_spaces = CreateSpaces();

    private string? _text;

    private GreenTrivia(NixSyntaxKind kind, string text)
        : this(kind, text.Length)
    {
        _text = text;
    }

    // Trivia that keeps a slice of its source (FromSource) makes its string on first read.
    private GreenTrivia(NixSyntaxKind kind, int length)
        : base(kind, length, kind == NixSyntaxKind.SkippedTokensTrivia ? GreenFlags.ContainsSkippedText : GreenFlags.None)
    {
    }

    /// <summary>The text (for trivia made by <see cref="CreateFromSource"/>, made from the source on first read and kept).</summary>
    public string Text => _text ?? Interlocked.CompareExchange(ref _text, new string(SourceSlice()), null) ?? _text!;

    /// <summary>The text, without making a string for trivia that keeps a slice of its source.</summary>
    public ReadOnlySpan<char> TextSpan => _text ?? SourceSlice();

    private protected virtual ReadOnlySpan<char> SourceSlice() => throw new InvalidOperationException("Internal error: trivia without text.");

    /// <summary>
    /// Trivia whose text is <paramref name="length"/> characters of <paramref name="source"/> from
    /// <paramref name="start"/>, kept as that slice (a long comment, which is rarely read: the parse makes no copy).
    /// </summary>
    public static GreenTrivia CreateFromSource(NixSyntaxKind kind, string source, int start, int length) =>
        new FromSource(kind, source, start, length);

    private sealed class FromSource(NixSyntaxKind kind, string source, int start, int length) : GreenTrivia(kind, length)
    {
        private protected override ReadOnlySpan<char> SourceSlice() => source.AsSpan(start, FullWidth);
    }

    public override int SlotCount => 0;

    public override GreenNode? GetSlot(int index) => null;

    /// <summary>Creates trivia, sharing the common single space and line ends.</summary>
    public static GreenTrivia Create(NixSyntaxKind kind, string text) => (kind, text) switch
    {
        (NixSyntaxKind.WhitespaceTrivia, " ") => s_space,
        (NixSyntaxKind.EndOfLineTrivia, "\n") => s_lineFeed,
        (NixSyntaxKind.EndOfLineTrivia, "\r\n") => s_crlf,
        _ => new GreenTrivia(kind, text),
    };

    /// <summary>The shared trivia of <paramref name="count"/> spaces, or null past <see cref="MaxSharedSpaces"/>.</summary>
    public static GreenTrivia? Spaces(int count) => (uint)count <= MaxSharedSpaces ? s_spaces[count] : null;

    /// <summary>The shared trivia of one line feed.</summary>
    public static GreenTrivia LineFeed => s_lineFeed;

    private static GreenTrivia[] CreateSpaces()
    {
        var spaces = new GreenTrivia[MaxSharedSpaces + 1];
        spaces[0] = new GreenTrivia(NixSyntaxKind.WhitespaceTrivia, string.Empty);
        spaces[1] = s_space;
        for (int i = 2; i < spaces.Length; i++) spaces[i] = new GreenTrivia(NixSyntaxKind.WhitespaceTrivia, new string(' ', i));
        return spaces;
    }

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position, NixSyntaxTree? tree) =>
        throw new InvalidOperationException("Trivia has no red node; use SyntaxTrivia.");
}

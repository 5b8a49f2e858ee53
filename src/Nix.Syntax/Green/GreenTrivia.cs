namespace Nix.Syntax.InternalSyntax;

/// <summary>One piece of trivia: whitespace, a line end, a comment, or skipped text.</summary>
internal sealed class GreenTrivia : GreenNode
{
    private static readonly GreenTrivia s_space = new(NixSyntaxKind.WhitespaceTrivia, " ");
    private static readonly GreenTrivia s_lineFeed = new(NixSyntaxKind.EndOfLineTrivia, "\n");
    private static readonly GreenTrivia s_crlf = new(NixSyntaxKind.EndOfLineTrivia, "\r\n");

    // Runs of spaces (indentation) of every common length: the lexer takes them from here without hashing or
    // probing a cache, and every tree shares them.
    private const int MaxSharedSpaces = 64;
    private static readonly GreenTrivia[] s_spaces = CreateSpaces();

    private GreenTrivia(NixSyntaxKind kind, string text)
        : base(kind, text.Length, kind == NixSyntaxKind.SkippedTokensTrivia ? GreenFlags.ContainsSkippedText : GreenFlags.None)
    {
        Text = text;
    }

    public string Text { get; }

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

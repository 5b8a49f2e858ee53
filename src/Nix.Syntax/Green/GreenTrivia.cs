namespace Nix.Syntax.InternalSyntax;

/// <summary>One piece of trivia: whitespace, a line end, a comment, or skipped text.</summary>
internal sealed class GreenTrivia : GreenNode
{
    private static readonly GreenTrivia s_space = new(NixSyntaxKind.WhitespaceTrivia, " ");
    private static readonly GreenTrivia s_lineFeed = new(NixSyntaxKind.EndOfLineTrivia, "\n");
    private static readonly GreenTrivia s_crlf = new(NixSyntaxKind.EndOfLineTrivia, "\r\n");

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

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position, NixSyntaxTree? tree) =>
        throw new InvalidOperationException("Trivia has no red node; use SyntaxTrivia.");
}

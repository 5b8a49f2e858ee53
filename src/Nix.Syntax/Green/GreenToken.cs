using System.Text;

namespace Nix.Syntax.InternalSyntax;

/// <summary>
/// A green token: its kind and text, with leading and trailing trivia (each null, one trivia, or a list of
/// trivia). Tokens of fixed text and no trivia are shared singletons.
/// </summary>
internal sealed class GreenToken : GreenNode
{
    private static readonly Dictionary<NixSyntaxKind, GreenToken> s_bare = CreateBareTokens();

    private GreenToken(NixSyntaxKind kind, string text, GreenNode? leading, GreenNode? trailing, GreenFlags flags)
        : base(kind, text.Length + (leading?.FullWidth ?? 0) + (trailing?.FullWidth ?? 0),
               flags | (leading?.Flags & GreenFlags.Inherited ?? 0) | (trailing?.Flags & GreenFlags.Inherited ?? 0))
    {
        Text = text;
        LeadingTrivia = leading;
        TrailingTrivia = trailing;
    }

    public string Text { get; }

    /// <summary>Null, one <see cref="GreenTrivia"/>, or a <see cref="GreenList"/> of trivia.</summary>
    public GreenNode? LeadingTrivia { get; }

    /// <summary>Null, one <see cref="GreenTrivia"/>, or a <see cref="GreenList"/> of trivia.</summary>
    public GreenNode? TrailingTrivia { get; }

    public override bool IsToken => true;

    public override int SlotCount => 0;

    public override GreenNode? GetSlot(int index) => null;

    public override int GetLeadingTriviaWidth() => LeadingTrivia?.FullWidth ?? 0;

    public override int GetTrailingTriviaWidth() => TrailingTrivia?.FullWidth ?? 0;

    /// <summary>Creates a token; with no trivia and a fixed text, the shared instance is returned.</summary>
    public static GreenToken Create(NixSyntaxKind kind, string text, GreenNode? leading = null, GreenNode? trailing = null)
    {
        if (leading is null && trailing is null && s_bare.TryGetValue(kind, out var bare) && bare.Text == text) return bare;
        return new GreenToken(kind, text, NormalizeTrivia(leading), NormalizeTrivia(trailing), GreenFlags.None);
    }

    /// <summary>A zero-width token the parser expected but did not find.</summary>
    public static GreenToken CreateMissing(NixSyntaxKind kind, GreenNode? leading = null, GreenNode? trailing = null) =>
        new(kind, string.Empty, NormalizeTrivia(leading), NormalizeTrivia(trailing), GreenFlags.IsMissing);

    public GreenToken WithLeadingTrivia(GreenNode? leading) =>
        new(Kind, Text, NormalizeTrivia(leading), TrailingTrivia, Flags & GreenFlags.IsMissing);

    public GreenToken WithTrailingTrivia(GreenNode? trailing) =>
        new(Kind, Text, LeadingTrivia, NormalizeTrivia(trailing), Flags & GreenFlags.IsMissing);

    internal void WriteTokenTo(StringBuilder builder, bool leading, bool trailing)
    {
        if (leading && LeadingTrivia is not null) WriteTrivia(builder, LeadingTrivia);
        builder.Append(Text);
        if (trailing && TrailingTrivia is not null) WriteTrivia(builder, TrailingTrivia);
    }

    private static void WriteTrivia(StringBuilder builder, GreenNode trivia)
    {
        if (trivia is GreenTrivia single) { builder.Append(single.Text); return; }
        for (int i = 0; i < trivia.SlotCount; i++) builder.Append(((GreenTrivia)trivia.GetSlot(i)!).Text);
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
            if (!string.IsNullOrEmpty(text)) map[kind] = new GreenToken(kind, text, null, null, GreenFlags.None);
        }
        return map;
    }
}

using Nix.Syntax;
using K3s.Modules.Values;

namespace K3s.Modules.Emit;

/// <summary>
/// The trivia and punctuation of nixfmt's layout, made once and shared: green tokens and trivia are immutable,
/// so a million bindings can use the same <c>=</c>, <c>;</c> and indentation objects.
/// </summary>
internal sealed class EmitTrivia
{
    private readonly List<SyntaxTriviaList> _indents = [];
    private readonly List<SyntaxToken> _closeBraces = [];
    private readonly List<SyntaxToken> _closeBrackets = [];
    private readonly List<SyntaxToken> _openQuotes = [];

    public SyntaxTriviaList None { get; } = default;

    public SyntaxTriviaList Space { get; } = SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(" "));

    public SyntaxTriviaList EndOfLine { get; } = SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine("\n"));

    public SyntaxTrivia EndOfLineTrivia { get; } = SyntaxFactory.EndOfLine("\n");

    public SyntaxTrivia SpaceTrivia { get; } = SyntaxFactory.Whitespace(" ");

    public SyntaxToken EqualsToken { get; }

    public SyntaxToken SemicolonLine { get; }

    public SyntaxToken Dot { get; } = SyntaxFactory.Token(NixSyntaxKind.DotToken);

    public SyntaxToken Quote { get; } = SyntaxFactory.Token(NixSyntaxKind.DoubleQuoteToken);

    public SyntaxToken QuoteSpace { get; }

    public SyntaxToken OpenBraceLine { get; }

    public SyntaxToken OpenBracketLine { get; }

    public SyntaxToken OpenBracketSpace { get; }

    public EmitTrivia()
    {
        EqualsToken = SyntaxFactory.Token(None, NixSyntaxKind.EqualsToken, Space);
        SemicolonLine = SyntaxFactory.Token(None, NixSyntaxKind.SemicolonToken, EndOfLine);
        QuoteSpace = SyntaxFactory.Token(None, NixSyntaxKind.DoubleQuoteToken, Space);
        OpenBraceLine = SyntaxFactory.Token(None, NixSyntaxKind.OpenBraceToken, EndOfLine);
        OpenBracketLine = SyntaxFactory.Token(None, NixSyntaxKind.OpenBracketToken, EndOfLine);
        OpenBracketSpace = SyntaxFactory.Token(None, NixSyntaxKind.OpenBracketToken, Space);
    }

    /// <summary>Two spaces per level; level 0 is no trivia at all.</summary>
    public SyntaxTriviaList Indent(int depth)
    {
        while (_indents.Count <= depth)
            _indents.Add(_indents.Count == 0 ? default : SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(new string(' ', 2 * _indents.Count))));
        return _indents[depth];
    }

    /// <summary>The indentation text of a level.</summary>
    public string IndentText(int depth) => new(' ', 2 * depth);

    public SyntaxToken CloseBraceAt(int depth) => Cached(_closeBraces, depth, NixSyntaxKind.CloseBraceToken);

    public SyntaxToken CloseBracketAt(int depth) => Cached(_closeBrackets, depth, NixSyntaxKind.CloseBracketToken);

    public SyntaxToken OpenQuoteAt(int depth) => Cached(_openQuotes, depth, NixSyntaxKind.DoubleQuoteToken);

    private SyntaxToken Cached(List<SyntaxToken> cache, int depth, NixSyntaxKind kind)
    {
        while (cache.Count <= depth) cache.Add(SyntaxFactory.Token(Indent(cache.Count), kind, None));
        return cache[depth];
    }
}

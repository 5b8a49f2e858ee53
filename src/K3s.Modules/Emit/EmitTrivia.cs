using Nix.Syntax;
using Nix.Syntax.InternalSyntax;
using K3s.Modules.Values;

namespace K3s.Modules.Emit;

/// <summary>
/// The trivia and punctuation of nixfmt's layout, made once and shared: green tokens and trivia are immutable,
/// so a million bindings can use the same <c>=</c>, <c>;</c> and indentation objects. The bindings' pieces are
/// green (see <see cref="SyntaxFactory"/>'s unchecked fast paths); the rest of the layout is red.
/// </summary>
internal sealed class EmitTrivia
{
    private readonly List<SyntaxTriviaList> _indents = [];
    private readonly List<GreenNode?> _indentGreens = [];
    private readonly List<GreenNode> _blankThenIndents = [];
    private readonly List<string> _indentTexts = [];
    private readonly List<GreenToken> _closeBraces = [];
    private readonly List<SyntaxToken> _closeBrackets = [];
    private readonly Dictionary<GreenNode, GreenToken> _openQuotes = new(ReferenceEqualityComparer.Instance);

    public SyntaxTriviaList None { get; } = default;

    public SyntaxTriviaList Space { get; } = SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(" "));

    public SyntaxTriviaList EndOfLine { get; } = SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine("\n"));

    public SyntaxTrivia EndOfLineTrivia { get; } = SyntaxFactory.EndOfLine("\n");

    public SyntaxTrivia SpaceTrivia { get; } = SyntaxFactory.Whitespace(" ");

    public SyntaxToken Dot { get; } = SyntaxFactory.Token(NixSyntaxKind.DotToken);

    public SyntaxToken OpenBracketLine { get; }

    /// <summary>The green space trivia.</summary>
    public GreenNode SpaceGreen { get; }

    /// <summary><c>=</c> and a space.</summary>
    public GreenToken EqualsSign { get; }

    /// <summary><c>;</c> and a line end.</summary>
    public GreenToken SemicolonLine { get; }

    /// <summary>A <c>.</c> between names.</summary>
    public GreenToken DotGreen { get; }

    /// <summary>A bare <c>"</c>.</summary>
    public GreenToken Quote { get; }

    /// <summary>A <c>"</c> and a space (before <c>=</c>).</summary>
    public GreenToken QuoteSpace { get; }

    /// <summary><c>{</c> and a line end.</summary>
    public GreenToken OpenBraceLine { get; }

    public EmitTrivia()
    {
        OpenBracketLine = SyntaxFactory.Token(None, NixSyntaxKind.OpenBracketToken, EndOfLine);
        // The green trivia are the shared instances every tree uses (the lexer's too).
        SpaceGreen = GreenTrivia.Spaces(1)!;
        var endOfLine = GreenTrivia.LineFeed;
        // The layout's shared '= ' and ';' line end: bindings made with them are the compact binding node.
        EqualsSign = GreenToken.EqualsSpace;
        SemicolonLine = GreenToken.SemicolonLineFeed;
        DotGreen = SyntaxFactory.GreenOf(Dot);
        Quote = SyntaxFactory.GreenOf(SyntaxFactory.Token(NixSyntaxKind.DoubleQuoteToken));
        QuoteSpace = SyntaxFactory.UncheckedToken(null, NixSyntaxKind.DoubleQuoteToken, "\"", SpaceGreen);
        OpenBraceLine = SyntaxFactory.UncheckedToken(null, NixSyntaxKind.OpenBraceToken, "{", endOfLine);
    }

    /// <summary>Two spaces per level; level 0 is no trivia at all.</summary>
    public SyntaxTriviaList Indent(int depth)
    {
        while (_indents.Count <= depth)
        {
            var indent = _indents.Count == 0 ? default : SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(IndentText(_indents.Count)));
            _indentGreens.Add(_indents.Count == 0 ? null : GreenTrivia.Spaces(2 * _indents.Count) ?? SyntaxFactory.GreenOf(indent));
            _indents.Add(indent);
        }
        return _indents[depth];
    }

    /// <summary>The green trivia of <see cref="Indent"/>: null at level 0.</summary>
    public GreenNode? IndentGreen(int depth)
    {
        Indent(depth);
        return _indentGreens[depth];
    }

    /// <summary>A blank line, then the indentation of a level.</summary>
    public GreenNode BlankThenIndent(int depth)
    {
        while (_blankThenIndents.Count <= depth)
            _blankThenIndents.Add(_blankThenIndents.Count == 0 ? GreenTrivia.LineFeed : GreenList.Create(GreenTrivia.LineFeed, IndentGreen(_blankThenIndents.Count)!));
        return _blankThenIndents[depth];
    }

    /// <summary>The indentation text of a level.</summary>
    public string IndentText(int depth)
    {
        while (_indentTexts.Count <= depth) _indentTexts.Add(new string(' ', 2 * _indentTexts.Count));
        return _indentTexts[depth];
    }

    /// <summary>A <c>}</c> at the indentation of a level (the <c>;</c> after it carries the line end).</summary>
    public GreenToken CloseBraceAt(int depth)
    {
        while (_closeBraces.Count <= depth)
            _closeBraces.Add(SyntaxFactory.UncheckedToken(IndentGreen(_closeBraces.Count), NixSyntaxKind.CloseBraceToken, "}", null));
        return _closeBraces[depth];
    }

    public SyntaxToken CloseBracketAt(int depth)
    {
        while (_closeBrackets.Count <= depth) _closeBrackets.Add(SyntaxFactory.Token(Indent(_closeBrackets.Count), NixSyntaxKind.CloseBracketToken, None));
        return _closeBrackets[depth];
    }

    /// <summary>A <c>"</c> that carries <paramref name="leading"/>, shared per trivia object (the indentations are shared).</summary>
    public GreenToken OpenQuoteAfter(GreenNode? leading)
    {
        if (leading is null) return Quote;
        if (!_openQuotes.TryGetValue(leading, out var quote))
            _openQuotes[leading] = quote = SyntaxFactory.UncheckedToken(leading, NixSyntaxKind.DoubleQuoteToken, "\"", null);
        return quote;
    }
}

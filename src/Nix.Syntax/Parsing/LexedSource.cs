using Antlr4.Runtime;
using Nix.Syntax.Diagnostics;
using Nix.Syntax.InternalSyntax;
using Nix.Syntax.Parsing.Generated;
using T = Nix.Syntax.Parsing.Generated.NixLexer;

namespace Nix.Syntax.Parsing;

/// <summary>
/// The token pass: runs the scanner (the ANTLR lexer's token stream, see <see cref="NixScanner"/>) once over
/// the text and turns its tokens into green tokens with
/// Roslyn's trivia rule (trailing trivia runs up to and including the first line end; everything else leads
/// the next token; what is left leads the end-of-file token). The significant tokens, and only those, go to
/// the parser, index for index. Lexical diagnostics (bad characters, number ranges, trailing slashes,
/// unterminated strings) are found here.
/// </summary>
internal sealed class LexedSource
{
    private static readonly NixSyntaxKind[] s_kinds = BuildKindMap();
    // The fixed text of each token type's kind (keywords, punctuation), or null: looked up once per token.
    private static readonly string?[] s_fixedTexts = Array.ConvertAll(s_kinds, SyntaxFacts.GetText);

    private readonly string _text;
    private readonly StringTable _strings = new();
    // Rented from the shared pool and sized from the text (about one token per four characters): arrays
    // this large live on the large-object heap, and allocating them for every parse brings full collections.
    private GreenToken[] _tokens;
    private int[] _types;
    private int[] _starts;
    private int _count;
    private readonly GreenCache _cache;

    /// <summary>The parse's cache of shared green nodes, handed on to the tree builder.</summary>
    public GreenCache Cache => _cache;
    private readonly List<GreenNode> _leading = new();
    private readonly List<GreenNode> _trailing = new();
    private readonly Stack<int> _openStrings = new();

    // The significant token being assembled: it is finished when the next one starts, when its trailing
    // trivia is known.
    private int _pendingType = -1;
    private int _pendingStart;
    private int _pendingEnd;
    private GreenNode? _pendingLeading;
    private bool _inTrailing;

    private LexedSource(string text)
    {
        _text = text;
        _cache = new GreenCache();
        int capacity = text.Length / 4 + 16;
        _tokens = System.Buffers.ArrayPool<GreenToken>.Shared.Rent(capacity);
        _types = System.Buffers.ArrayPool<int>.Shared.Rent(capacity);
        _starts = System.Buffers.ArrayPool<int>.Shared.Rent(capacity);
    }

    /// <summary>Green tokens, one per significant token; the last (at <see cref="Count"/> - 1) is the end of file.</summary>
    public GreenToken[] Tokens => _tokens;

    /// <summary>The ANTLR token type of each token, as the parser sees them.</summary>
    public int[] Types => _types;

    /// <summary>The offset where each token's text starts.</summary>
    public int[] Starts => _starts;

    /// <summary>The number of tokens (the arrays are pooled and may be longer).</summary>
    public int Count => _count;

    /// <summary>Gives the pooled arrays back; the instance is unusable afterwards.</summary>
    public void Return()
    {
        Array.Clear(_tokens, 0, _count);
        System.Buffers.ArrayPool<GreenToken>.Shared.Return(_tokens);
        System.Buffers.ArrayPool<int>.Shared.Return(_types);
        System.Buffers.ArrayPool<int>.Shared.Return(_starts);
        _tokens = [];
        _types = [];
        _starts = [];
        _count = 0;
    }

    private void Append(GreenToken token, int type, int start)
    {
        if (_count == _tokens.Length) Grow();
        // The pooled array is exactly GreenToken[] and _count is in range (Grow above): storing through a ref
        // skips the covariant array-store check, which token subclasses would send down its slow path.
        System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_tokens), _count) = token;
        _types[_count] = type;
        _starts[_count] = start;
        _count++;
    }

    private void Grow()
    {
        int size = _tokens.Length * 2;
        var tokens = System.Buffers.ArrayPool<GreenToken>.Shared.Rent(size);
        var types = System.Buffers.ArrayPool<int>.Shared.Rent(size);
        var starts = System.Buffers.ArrayPool<int>.Shared.Rent(size);
        Array.Copy(_tokens, tokens, _count);
        Array.Copy(_types, types, _count);
        Array.Copy(_starts, starts, _count);
        Array.Clear(_tokens, 0, _count);
        System.Buffers.ArrayPool<GreenToken>.Shared.Return(_tokens);
        System.Buffers.ArrayPool<int>.Shared.Return(_types);
        System.Buffers.ArrayPool<int>.Shared.Return(_starts);
        (_tokens, _types, _starts) = (tokens, types, starts);
    }

    public List<PendingDiagnostic> Diagnostics { get; } = new();

    /// <summary>Whether the text ends inside a string: the parser's own error at the end is then redundant.</summary>
    public bool EndsInsideString { get; private set; }

    public ITokenSource TokenSource { get; private set; } = null!;

    public static LexedSource Lex(string text)
    {
        var lexed = new LexedSource(text);
        lexed.Run();
        return lexed;
    }

    private void Run()
    {
        var scanner = new NixScanner(_text);
        TokenSource = new ScannerTokenSource();
        int badStart = -1, badEnd = -1;
        while (true)
        {
            int type = scanner.Next(out int start, out int end, out bool trivia);

            if (type == T.ERROR_CHAR)
            {
                // A run of bad characters is one piece of skipped trivia and one diagnostic.
                if (badStart < 0) badStart = start;
                badEnd = end;
                continue;
            }
            if (badStart >= 0)
            {
                FlushBadCharacters(badStart, badEnd);
                badStart = -1;
            }

            if (trivia)
            {
                AddTrivia(TriviaKind(type), start, end);
                continue;
            }

            if (type == TokenConstants.EOF)
            {
                FinishPending(nextType: type);
                EndOfInput(scanner);
                break;
            }

            TrackStrings(scanner, type, start);
            if (type == T.PATH_INTERPOLATION_START)
            {
                // `./a-${` is the path head and the `${` that opens its first interpolation.
                int split = end - 2;
                StartToken(_text[start] == '~' ? T.HPATH : T.PATH, start, split);
                StartToken(T.PATH_DOLLAR_CURLY, split, end);
                continue;
            }
            if ((type == T.STR || type == T.IND_STR) && _pendingType == type && _pendingEnd == start)
            {
                // flex matches a string body in fewer pieces than longest-match rules do: join them.
                _pendingEnd = end;
                continue;
            }
            StartToken(type, start, end);
        }
    }

    private void FlushBadCharacters(int start, int end)
    {
        if (start == 0 && _text[0] == '\uFEFF')
        {
            AddTrivia(NixSyntaxKind.ByteOrderMarkTrivia, 0, 1);
            Diagnostics.Add(new PendingDiagnostic(NixDiagnostics.ByteOrderMark, 0, 1));
            start = 1;
            if (start == end) return;
        }
        AddTrivia(NixSyntaxKind.SkippedTokensTrivia, start, end);
        string shown = end - start == 1 ? Describe(_text[start]) : $"sequence '{Truncate(_text.AsSpan(start, end - start))}'";
        Diagnostics.Add(new PendingDiagnostic(NixDiagnostics.InvalidCharacter, start, end - start, shown));
    }

    private static string Describe(char c) =>
        c < ' ' || c == '\u007f' || char.IsSurrogate(c) || c == '\uFEFF' ? $"U+{(int)c:X4}" : $"'{c}'";

    private static string Truncate(ReadOnlySpan<char> text)
    {
        var s = text.Length > 20 ? string.Concat(text[..20], "…") : text.ToString();
        var builder = new System.Text.StringBuilder(s.Length);
        foreach (char c in s) builder.Append(c < ' ' ? '·' : c);
        return builder.ToString();
    }

    private void AddTrivia(NixSyntaxKind kind, int start, int end)
    {
        var span = _text.AsSpan(start, end - start);
        // Indentation and line feeds are most of the trivia: shared instances, no hashing.
        var trivia = kind == NixSyntaxKind.WhitespaceTrivia && GreenTrivia.Spaces(span.Length) is { } spaces && !span.ContainsAnyExcept(' ') ? spaces
            : kind == NixSyntaxKind.EndOfLineTrivia && span is "\n" ? GreenTrivia.LineFeed
            // A long comment keeps a slice of the source (which the tree keeps) rather than a copy of its text.
            : span.Length > StringTable.MaxLength ? GreenTrivia.CreateFromSource(kind, _text, start, span.Length)
            : _cache.Trivia(kind, _strings.Intern(span));
        if (_pendingType >= 0 && _inTrailing)
        {
            _trailing.Add(trivia);
            if (kind == NixSyntaxKind.EndOfLineTrivia) _inTrailing = false;
        }
        else
        {
            _leading.Add(trivia);
        }
    }

    private void StartToken(int type, int start, int end)
    {
        FinishPending(type);
        _pendingType = type;
        _pendingStart = start;
        _pendingEnd = end;
        _pendingLeading = TakeTrivia(_leading);
        _inTrailing = true;
    }

    private void FinishPending(int nextType)
    {
        if (_pendingType < 0)
        {
            return;
        }
        int type = _pendingType, start = _pendingStart, end = _pendingEnd;
        var kind = s_kinds[type];
        var span = _text.AsSpan(start, end - start);
        var trailing = TakeTrivia(_trailing);
        string? fixedText = s_fixedTexts[type];
        // A long text (a string body, a long path) keeps a slice of the source rather than a copy; it would not be
        // interned or shared anyway.
        var token = fixedText is null && span.Length > StringTable.MaxLength
            ? GreenToken.CreateFromSource(kind, _text, start, span.Length, _pendingLeading, trailing)
            : _cache.Token(kind, fixedText is not null && span.SequenceEqual(fixedText) ? fixedText : _strings.Intern(span), _pendingLeading, trailing);
        Append(token, type, start);
        CheckToken(type, start, end, span, nextType);
        _pendingType = -1;
        _pendingLeading = null;
    }

    private void CheckToken(int type, int start, int end, ReadOnlySpan<char> text, int nextType)
    {
        switch (type)
        {
            case T.INT when !long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _):
                Diagnostics.Add(new PendingDiagnostic(NixDiagnostics.InvalidInteger, start, end - start, text.ToString()));
                break;
            case T.FLOAT when !IsRepresentableFloat(text):
                Diagnostics.Add(new PendingDiagnostic(NixDiagnostics.InvalidFloat, start, end - start, text.ToString()));
                break;
            case T.PATH or T.HPATH or T.PATH_STR when text[^1] == '/' && nextType != T.PATH_DOLLAR_CURLY:
                Diagnostics.Add(new PendingDiagnostic(NixDiagnostics.PathTrailingSlash, start, end - start, text.ToString()));
                break;
            case T.STR or T.IND_STR when text.Contains('\0'):
                Diagnostics.Add(new PendingDiagnostic(NixDiagnostics.NulCharacter, start + text.IndexOf('\0'), 1));
                break;
            case T.PIPE_FROM or T.PIPE_INTO:
                Diagnostics.Add(new PendingDiagnostic(NixDiagnostics.PipeOperatorExperimental, start, end - start, text.ToString()));
                break;
        }
    }

    /// <summary>Nix reads floats with strtod and rejects what sets ERANGE: overflow, and underflow to zero or a subnormal.</summary>
    private static bool IsRepresentableFloat(ReadOnlySpan<char> text)
    {
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value)) return false;
        if (double.IsInfinity(value)) return false;
        if (value != 0) return Math.Abs(value) >= 2.2250738585072014E-308; // DBL_MIN
        foreach (char c in text)
        {
            if (c is 'e' or 'E') break;
            if (c is >= '1' and <= '9') return false;
        }
        return true;
    }

    private void TrackStrings(NixScanner lexer, int type, int start)
    {
        // After the lexer's action has run, its mode says whether a quote opened or closed a string.
        if (type == T.DQUOTE)
        {
            if (lexer.CurrentMode == T.STRING_MODE) _openStrings.Push(start);
            else if (_openStrings.Count > 0) _openStrings.Pop();
        }
        else if (type == T.IND_STRING_OPEN)
        {
            _openStrings.Push(start);
        }
        else if (type == T.IND_STRING_CLOSE && _openStrings.Count > 0)
        {
            _openStrings.Pop();
        }
    }

    private void EndOfInput(NixScanner lexer)
    {
        // The end-of-file token carries whatever trivia is left.
        var leading = TakeTrivia(_leading);
        Append(GreenToken.Create(NixSyntaxKind.EndOfFileToken, string.Empty, leading, null), TokenConstants.EOF, _text.Length);

        bool inString = lexer.InsideString;
        if (inString && _openStrings.Count > 0)
        {
            EndsInsideString = true;
            int open = _openStrings.Last();
            bool indented = _text[open] == '\'';
            Diagnostics.Add(new PendingDiagnostic(NixDiagnostics.Unterminated, open, indented ? 2 : 1,
                indented ? "indented string" : "string", indented ? "''" : "'\"'"));
        }
    }

    private GreenNode? TakeTrivia(List<GreenNode> list)
    {
        if (list.Count == 0) return null;
        GreenNode result = list.Count == 1 ? list[0] : _cache.TriviaList(list);
        list.Clear();
        return result;
    }

    private static NixSyntaxKind TriviaKind(int type) => type switch
    {
        T.WHITESPACE => NixSyntaxKind.WhitespaceTrivia,
        T.END_OF_LINE => NixSyntaxKind.EndOfLineTrivia,
        T.LINE_COMMENT => NixSyntaxKind.SingleLineCommentTrivia,
        T.DOC_COMMENT => NixSyntaxKind.DocumentationCommentTrivia,
        _ => NixSyntaxKind.MultiLineCommentTrivia,
    };

    /// <summary>The syntax kind of each ANTLR token type.</summary>
    internal static NixSyntaxKind KindOf(int type) => type == TokenConstants.EOF ? NixSyntaxKind.EndOfFileToken : s_kinds[type];

    private static NixSyntaxKind[] BuildKindMap()
    {
        var map = new NixSyntaxKind[T.PATH_STR + 1];
        void Set(int type, NixSyntaxKind kind) => map[type] = kind;
        Set(T.IF, NixSyntaxKind.IfKeyword); Set(T.THEN, NixSyntaxKind.ThenKeyword); Set(T.ELSE, NixSyntaxKind.ElseKeyword);
        Set(T.ASSERT, NixSyntaxKind.AssertKeyword); Set(T.WITH, NixSyntaxKind.WithKeyword); Set(T.LET, NixSyntaxKind.LetKeyword);
        Set(T.IN, NixSyntaxKind.InKeyword); Set(T.REC, NixSyntaxKind.RecKeyword); Set(T.INHERIT, NixSyntaxKind.InheritKeyword);
        Set(T.OR_KW, NixSyntaxKind.OrKeyword);
        Set(T.ELLIPSIS, NixSyntaxKind.EllipsisToken); Set(T.EQ, NixSyntaxKind.EqualsEqualsToken); Set(T.NEQ, NixSyntaxKind.ExclamationEqualsToken);
        Set(T.LEQ, NixSyntaxKind.LessThanEqualsToken); Set(T.GEQ, NixSyntaxKind.GreaterThanEqualsToken); Set(T.AND, NixSyntaxKind.AmpersandAmpersandToken);
        Set(T.OR, NixSyntaxKind.BarBarToken); Set(T.IMPL, NixSyntaxKind.MinusGreaterThanToken); Set(T.UPDATE, NixSyntaxKind.SlashSlashToken);
        Set(T.CONCAT, NixSyntaxKind.PlusPlusToken); Set(T.PIPE_FROM, NixSyntaxKind.LessThanBarToken); Set(T.PIPE_INTO, NixSyntaxKind.BarGreaterThanToken);
        Set(T.IDENTIFIER, NixSyntaxKind.IdentifierToken); Set(T.INT, NixSyntaxKind.IntegerLiteralToken); Set(T.FLOAT, NixSyntaxKind.FloatLiteralToken);
        Set(T.DOLLAR_CURLY, NixSyntaxKind.DollarOpenBraceToken); Set(T.OPEN_BRACE, NixSyntaxKind.OpenBraceToken); Set(T.CLOSE_BRACE, NixSyntaxKind.CloseBraceToken);
        Set(T.DQUOTE, NixSyntaxKind.DoubleQuoteToken); Set(T.IND_STRING_OPEN, NixSyntaxKind.OpenIndentedStringToken);
        Set(T.PATH, NixSyntaxKind.PathToken); Set(T.HPATH, NixSyntaxKind.HomePathToken); Set(T.SPATH, NixSyntaxKind.SearchPathToken); Set(T.URI, NixSyntaxKind.UriToken);
        Set(T.OPEN_BRACKET, NixSyntaxKind.OpenBracketToken); Set(T.CLOSE_BRACKET, NixSyntaxKind.CloseBracketToken);
        Set(T.OPEN_PAREN, NixSyntaxKind.OpenParenToken); Set(T.CLOSE_PAREN, NixSyntaxKind.CloseParenToken);
        Set(T.SEMICOLON, NixSyntaxKind.SemicolonToken); Set(T.COLON, NixSyntaxKind.ColonToken); Set(T.COMMA, NixSyntaxKind.CommaToken);
        Set(T.ASSIGN, NixSyntaxKind.EqualsToken); Set(T.DOT, NixSyntaxKind.DotToken); Set(T.QUESTION, NixSyntaxKind.QuestionToken);
        Set(T.AT, NixSyntaxKind.AtToken); Set(T.PLUS, NixSyntaxKind.PlusToken); Set(T.MINUS, NixSyntaxKind.MinusToken);
        Set(T.STAR, NixSyntaxKind.AsteriskToken); Set(T.SLASH, NixSyntaxKind.SlashToken); Set(T.BANG, NixSyntaxKind.ExclamationToken);
        Set(T.LT, NixSyntaxKind.LessThanToken); Set(T.GT, NixSyntaxKind.GreaterThanToken);
        Set(T.STR, NixSyntaxKind.StringTextToken); Set(T.IND_STRING_CLOSE, NixSyntaxKind.CloseIndentedStringToken);
        Set(T.IND_STR, NixSyntaxKind.IndentedStringTextToken); Set(T.PATH_DOLLAR_CURLY, NixSyntaxKind.DollarOpenBraceToken);
        Set(T.PATH_STR, NixSyntaxKind.PathTextToken); Set(T.ERROR_CHAR, NixSyntaxKind.BadToken);
        return map;
    }
}

/// <summary>A diagnostic found while parsing, before the tree (and so its location) exists.</summary>
internal readonly record struct PendingDiagnostic(DiagnosticDescriptor Descriptor, int Start, int Length, params object?[] Args);

using System.Runtime.CompilerServices;
using Nix.Syntax.Diagnostics;
using Nix.Syntax.InternalSyntax;
using P = Nix.Syntax.Parsing.Generated.NixParser;
using K = Nix.Syntax.NixSyntaxKind;

namespace Nix.Syntax.Parsing;

/// <summary>
/// Builds the green tree while ANTLR parses (rowan's GreenNodeBuilder idea): tokens and finished nodes go on
/// a value stack, each rule's exit replaces its children by its node. No parse tree is kept and nothing here
/// recurses, so million-term operator chains and long lambda chains cost a loop.
/// Every token reaches the tree exactly once: matched tokens as tokens, tokens the parser skipped while
/// recovering as skipped-tokens trivia on the next token, made-up tokens as zero-width missing tokens.
/// </summary>
internal sealed partial class GreenTreeBuilder
{
    private readonly GreenToken[] _tokens;
    private readonly int _tokenCount;
    private readonly int[] _tokenStarts;
    private readonly List<PendingDiagnostic> _diagnostics;
    private readonly List<GreenNode> _skipped = new();
    // The value stack is kept per thread between parses: for a large attribute set it grows to tens of
    // thousands of entries, and growing it anew by doubling in every parse was a quarter of a megabyte of garbage.
    private const int MaxKeptValues = 1 << 16;
    [ThreadStatic]
    private static GreenNode[]? s_keptValues;
    [ThreadStatic]
    private static int[]? s_keptValueTokens;
    private GreenNode[] _values;
    private int[] _valueTokens;
    private int _maxCount;
    private int _count;
    private int[] _marks = new int[64];
    private int _markCount;
    private int _nextToken;
    private GreenToken? _leftoverEndOfFile;

    // Scratch lists reused by every rule's builder: building never nests, so one of each is enough.
    private readonly List<GreenNode> _scratch = new();
    private readonly List<Head> _heads = new();
    private readonly List<GreenNode> _operands = new();
    private readonly List<Operator> _operators = new();

    private readonly GreenCache _cache;

    public GreenTreeBuilder(LexedSource source, List<PendingDiagnostic> diagnostics)
    {
        _tokens = source.Tokens;
        _tokenCount = source.Count;
        _tokenStarts = source.Starts;
        _cache = source.Cache;
        _diagnostics = diagnostics;
        _values = s_keptValues ?? new GreenNode[256];
        _valueTokens = s_keptValueTokens ?? new int[256];
        s_keptValues = null;
        s_keptValueTokens = null;
    }

    /// <summary>Hands the value stack back for the thread's next parse; the builder is unusable afterwards.</summary>
    public void Release()
    {
        if (_values.Length > MaxKeptValues) return;
        // Cleared so that the kept array does not hold this tree alive.
        Array.Clear(_values, 0, Math.Max(_maxCount, _count));
        s_keptValues = _values;
        s_keptValueTokens = _valueTokens;
        _values = [];
        _valueTokens = [];
    }

    /// <summary>Set when the parse was abandoned; rule exits during the unwinding then build nothing.</summary>
    public bool Aborted { get; set; }

    public void StartNode()
    {
        if (_markCount == _marks.Length) Array.Resize(ref _marks, _marks.Length * 2);
        _marks[_markCount++] = _count;
    }

    public void FinishNode(int rule)
    {
        int mark = _marks[--_markCount];
        // The file rule's children stay on the stack for FinishRoot.
        if (rule == P.RULE_file) return;
        var children = new Children(this, mark, _count - mark);
        GreenNode? node = Build(rule, ref children);
        var leftover = children.Remaining();
        _count = mark;
        if (leftover.Length > 0) SkipNodes(leftover);
        if (node is not null) Push(node, -1);
    }

    /// <summary>A token the parser consumed: matched, or skipped while recovering.</summary>
    public void AddToken(int index, bool skipped)
    {
        if (index < _nextToken) return;
        while (_nextToken < index) SkipToken(_nextToken++);
        _nextToken = index + 1;
        var token = _tokens[index];
        if (skipped && token.Kind != K.EndOfFileToken)
        {
            SkipToken(index);
            return;
        }
        Push(WithPendingSkipped(token), index);
    }

    /// <summary>A token the parser made up (single-token insertion).</summary>
    public void AddMissingToken(int type) => Push(GreenToken.CreateMissing(LexedSource.KindOf(type)), -1);

    /// <summary>The root after a complete parse: the file rule's node.</summary>
    public GreenNode FinishRoot()
    {
        GreenNode? expression = null;
        GreenToken? eof = null;
        for (int i = 0; i < _count; i++)
        {
            if (_values[i] is GreenToken { Kind: K.EndOfFileToken } t) eof = t;
            else if (expression is null && SyntaxFacts.IsExpression(_values[i].Kind)) expression = _values[i];
            else SkipNodes([_values[i]]);
        }
        eof ??= TakeEndOfFile();
        return GreenSyntaxNode.Create(K.SourceFile, expression ?? MissingExpression(), eof);
    }

    /// <summary>The root when the parse was abandoned: every token kept as skipped text on the end of file.</summary>
    public GreenNode AbandonedRoot()
    {
        _skipped.Clear();
        _nextToken = 0;
        _leftoverEndOfFile = null;
        return GreenSyntaxNode.Create(K.SourceFile, MissingExpression(), TakeEndOfFile());
    }

    private GreenToken TakeEndOfFile()
    {
        int eofIndex = _tokenCount - 1;
        while (_nextToken < eofIndex) SkipToken(_nextToken++);
        _nextToken = _tokenCount;
        return WithPendingSkipped(_leftoverEndOfFile ?? _tokens[eofIndex]);
    }

    private GreenToken WithPendingSkipped(GreenToken token)
    {
        if (_skipped.Count == 0) return token;
        if (token.LeadingTrivia is GreenTrivia single) _skipped.Add(single);
        else if (token.LeadingTrivia is { } list) for (int i = 0; i < list.SlotCount; i++) _skipped.Add(list.GetSlot(i)!);
        var result = token.WithLeadingTrivia(GreenList.Create(_skipped));
        _skipped.Clear();
        return result;
    }

    private void SkipToken(int index) => AppendSkipped(_tokens[index], _skipped);

    /// <summary>Children a rule could not place (only after unusual recovery) become skipped text, in order.</summary>
    private void SkipNodes(ReadOnlySpan<GreenNode> nodes)
    {
        var pieces = new List<GreenNode>();
        foreach (var node in nodes)
        {
            // The end of file always goes to the root (FinishRoot takes it from here); made into skipped text,
            // its trivia would appear twice.
            if (node is GreenToken { Kind: K.EndOfFileToken } endOfFile)
            {
                _leftoverEndOfFile = endOfFile;
                continue;
            }
            if (node is GreenToken token) AppendSkipped(token, pieces);
            else
            {
                var stack = new Stack<GreenNode>();
                stack.Push(node);
                while (stack.Count > 0)
                {
                    var current = stack.Pop();
                    if (current is GreenToken t) { AppendSkipped(t, pieces); continue; }
                    for (int i = current.SlotCount - 1; i >= 0; i--)
                        if (current.GetSlot(i) is { } child) stack.Push(child);
                }
            }
        }
        // They come before anything skipped since, so they go first.
        _skipped.InsertRange(0, pieces);
    }

    private static void AppendSkipped(GreenToken token, List<GreenNode> into)
    {
        AppendTrivia(token.LeadingTrivia, into);
        if (token.Text.Length > 0) into.Add(GreenTrivia.Create(K.SkippedTokensTrivia, token.Text));
        AppendTrivia(token.TrailingTrivia, into);
    }

    private static void AppendTrivia(GreenNode? trivia, List<GreenNode> into)
    {
        if (trivia is null) return;
        if (trivia is GreenTrivia single) { into.Add(single); return; }
        for (int i = 0; i < trivia.SlotCount; i++) into.Add(trivia.GetSlot(i)!);
    }

    private void Push(GreenNode node, int tokenIndex)
    {
        if (_count == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
            Array.Resize(ref _valueTokens, _valueTokens.Length * 2);
        }
        // The array is exactly GreenNode[]: storing through a ref skips the covariant array-store check, which
        // walks the class hierarchy for every node (GreenSyntaxNode subclasses are two levels down).
        System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_values), _count) = node;
        _valueTokens[_count++] = tokenIndex;
        if (_count > _maxCount) _maxCount = _count;
    }

    // Node makers: through the parse's cache, so identical small subtrees are one object.
    private GreenNode N(K kind, GreenNode? a) => _cache.Node(kind, a, slotCount: 1);

    private GreenNode N(K kind, GreenNode? a, GreenNode? b) => _cache.Node(kind, a, b, slotCount: 2);

    private GreenNode N(K kind, GreenNode? a, GreenNode? b, GreenNode? c) => _cache.Node(kind, a, b, c, slotCount: 3);

    private GreenNode N(K kind, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d) => _cache.Node(kind, a, b, c, d, slotCount: 4);

    private GreenNode N(K kind, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, GreenNode? e) => _cache.Node(kind, a, b, c, d, e, slotCount: 5);

    private void Report(DiagnosticDescriptor descriptor, int tokenIndex, params object?[] args)
    {
        if (tokenIndex < 0) return;
        _diagnostics.Add(new PendingDiagnostic(descriptor, _tokenStarts[tokenIndex], _tokens[tokenIndex].Text.Length, args));
    }

    private static GreenNode MissingExpression() =>
        GreenSyntaxNode.Create(K.IdentifierExpression, GreenToken.CreateMissing(K.IdentifierToken));

    private static GreenNode MissingAttrPath() =>
        GreenSyntaxNode.Create(K.AttrPath, GreenList.Create(new GreenNode[] { MissingAttrName() }));

    private static GreenNode MissingAttrName() =>
        GreenSyntaxNode.Create(K.IdentifierAttrName, GreenToken.CreateMissing(K.IdentifierToken));

    private static GreenNode MissingFormalSet() =>
        GreenSyntaxNode.Create(K.FormalSet, GreenToken.CreateMissing(K.OpenBraceToken), GreenList.Empty, null, GreenToken.CreateMissing(K.CloseBraceToken));

    private GreenNode? Build(int rule, ref Children c) => rule switch
    {
        P.RULE_expr => BuildExpr(ref c),
        P.RULE_operation => BuildOperation(ref c),
        P.RULE_select => BuildSelect(ref c),
        P.RULE_string => BuildString(ref c, K.StringExpression, K.DoubleQuoteToken, K.StringTextToken, K.DoubleQuoteToken),
        P.RULE_indentedString => BuildString(ref c, K.IndentedStringExpression, K.OpenIndentedStringToken, K.IndentedStringTextToken, K.CloseIndentedStringToken),
        P.RULE_interpolation => BuildInterpolation(ref c),
        P.RULE_path => BuildPath(ref c),
        P.RULE_binding => BuildBinding(ref c),
        P.RULE_attrPath => BuildAttrPath(ref c),
        P.RULE_attrName => BuildAttrName(ref c),
        P.RULE_formals => BuildFormals(ref c),
        P.RULE_formal => BuildFormal(ref c),
        _ => throw new InvalidOperationException($"No builder for rule {rule}"),
    };

    /// <summary>expr_if: <c>if … then … else …</c>, or the operation that stands in its place.</summary>
    private GreenNode BuildConditional(ref Children c)
    {
        if (!c.At(K.IfKeyword)) return c.Expression();
        var ifKeyword = c.Token(K.IfKeyword);
        var condition = c.Expression();
        var thenKeyword = c.Token(K.ThenKeyword);
        var whenTrue = c.Expression();
        var elseKeyword = c.Token(K.ElseKeyword);
        var whenFalse = c.Expression();
        return GreenSyntaxNode.Create(K.IfExpression, ifKeyword, condition, thenKeyword, whenTrue, elseKeyword, whenFalse);
    }

    /// <summary>expr_select: a primary (expr_simple), then <c>.path</c>, <c>.path or default</c> or the cursed <c>or</c>.</summary>
    private GreenNode BuildSelect(ref Children c)
    {
        if (c.Count == 1 && c.PeekIsExpression()) return c.Take();
        var expression = BuildPrimary(ref c);
        if (c.At(K.DotToken))
        {
            var dot = c.Token(K.DotToken);
            var path = c.Node(K.AttrPath) ?? MissingAttrPath();
            var orKeyword = c.OptionalToken(K.OrKeyword);
            var defaultValue = orKeyword is null ? null : c.Expression();
            return N(K.SelectExpression, expression, dot, path, orKeyword, defaultValue);
        }
        if (c.At(K.OrKeyword))
        {
            // The "cursed or": `f or` applies f to a variable named `or`.
            int orIndex = c.PeekTokenIndex();
            var orToken = c.Token(K.OrKeyword);
            Report(NixDiagnostics.OrAsIdentifier, orIndex, FirstText(expression));
            return N(K.ApplyExpression, expression, N(K.IdentifierExpression, orToken));
        }
        return expression;
    }

    private static string FirstText(GreenNode node)
    {
        var text = node.ToString();
        return text.Length > 20 ? text[..20] + "…" : text;
    }

    /// <summary>expr_simple, from the start of a select's children; what follows it is left for the select.</summary>
    private GreenNode BuildPrimary(ref Children c)
    {
        if (c.AtEnd) return MissingExpression();
        var first = c.Peek();
        if (!first.IsToken) return c.Expression(); // string, indented string, path
        switch (first.Kind)
        {
            case K.IdentifierToken:
                return N(K.IdentifierExpression, c.Token(K.IdentifierToken));
            case K.IntegerLiteralToken:
                return N(K.IntegerLiteralExpression, c.Token(K.IntegerLiteralToken));
            case K.FloatLiteralToken:
                return N(K.FloatLiteralExpression, c.Token(K.FloatLiteralToken));
            case K.SearchPathToken:
                return N(K.SearchPathExpression, c.Token(K.SearchPathToken));
            case K.UriToken:
                return N(K.UriExpression, c.Token(K.UriToken));
            case K.OpenParenToken:
                return N(K.ParenthesizedExpression, c.Token(K.OpenParenToken), c.Expression(), c.Token(K.CloseParenToken));
            case K.LetKeyword:
                return N(K.LegacyLetExpression, c.Token(K.LetKeyword), c.Token(K.OpenBraceToken), c.Bindings(), c.Token(K.CloseBraceToken));
            case K.RecKeyword:
                return N(K.AttrSetExpression, c.Token(K.RecKeyword), c.Token(K.OpenBraceToken), c.Bindings(), c.Token(K.CloseBraceToken));
            case K.OpenBraceToken:
                return N(K.AttrSetExpression, null, c.Token(K.OpenBraceToken), c.Bindings(), c.Token(K.CloseBraceToken));
            case K.OpenBracketToken:
            {
                var open = c.Token(K.OpenBracketToken);
                var elements = c.TakeWhile(static n => SyntaxFacts.IsExpression(n.Kind));
                return N(K.ListExpression, open, elements, c.Token(K.CloseBracketToken));
            }
            default:
                return MissingExpression();
        }
    }

    private GreenNode BuildString(ref Children c, K kind, K open, K text, K close)
    {
        var openToken = c.Token(open);
        // Most strings are one piece of text: that shape keeps the token and makes its part node on first read.
        if (c.At(text) && !(c.Has(1) && (c.Peek(1).Kind == text || c.Peek(1).Kind == K.Interpolation)))
        {
            var only = c.Token(text);
            return GreenSyntaxNode.CreateStringOfOneText(kind, openToken, only, c.Token(close));
        }
        var parts = _scratch;
        parts.Clear();
        while (!c.AtEnd)
        {
            if (c.At(text)) parts.Add(N(K.StringText, c.Token(text)));
            else if (c.Peek().Kind == K.Interpolation) parts.Add(c.Take());
            else break;
        }
        return GreenSyntaxNode.Create(kind, openToken, GreenList.Create(parts), c.Token(close));
    }

    private GreenNode BuildInterpolation(ref Children c) =>
        N(K.Interpolation, c.Token(K.DollarOpenBraceToken), c.Expression(), c.Token(K.CloseBraceToken));

    private GreenNode BuildPath(ref Children c)
    {
        var head = c.At(K.HomePathToken) ? c.Token(K.HomePathToken) : c.Token(K.PathToken);
        if (!c.At(K.PathTextToken) && !c.At(K.DollarOpenBraceToken)) return _cache.PathOfOneText(head);
        var parts = _scratch;
        parts.Clear();
        parts.Add(N(K.StringText, head));
        while (!c.AtEnd)
        {
            if (c.At(K.PathTextToken)) parts.Add(N(K.StringText, c.Token(K.PathTextToken)));
            else if (c.At(K.DollarOpenBraceToken))
                parts.Add(N(K.Interpolation, c.Token(K.DollarOpenBraceToken), c.Expression(), c.Token(K.CloseBraceToken)));
            else break;
        }
        return N(K.PathExpression, GreenList.Create(parts));
    }

    private GreenNode? BuildBinding(ref Children c)
    {
        if (c.AtEnd) return null;
        if (c.At(K.InheritKeyword))
        {
            var inherit = c.Token(K.InheritKeyword);
            GreenNode? open = null, source = null, close = null;
            if (c.At(K.OpenParenToken))
            {
                open = c.Token(K.OpenParenToken);
                source = c.Expression();
                close = c.Token(K.CloseParenToken);
            }
            var names = AttrNames(ref c);
            return GreenSyntaxNode.Create(K.Inherit, inherit, open, source, close, names, c.Token(K.SemicolonToken));
        }
        var path = c.Node(K.AttrPath) ?? MissingAttrPath();
        return N(K.AttrPathValue, path, c.Token(K.EqualsToken), c.Expression(), c.Token(K.SemicolonToken));
    }

    // What the attrName rule leaves: an attribute name node, or the bare token of a plain name (see BuildAttrName).
    private static bool IsAttrName(GreenNode node) =>
        node.Kind is K.IdentifierAttrName or K.StringAttrName or K.DynamicAttrName or K.IdentifierToken or K.OrKeyword;

    /// <summary>The next attribute name, a plain name's token wrapped in its node now that a list needs one.</summary>
    private GreenNode TakeAttrName(ref Children c)
    {
        var name = c.Take();
        return name.IsToken ? N(K.IdentifierAttrName, name) : name;
    }

    /// <summary>The names of an <c>inherit</c>.</summary>
    private GreenList AttrNames(ref Children c)
    {
        if (c.AtEnd || !IsAttrName(c.Peek())) return GreenList.Empty;
        var first = TakeAttrName(ref c);
        if (c.AtEnd || !IsAttrName(c.Peek())) return _cache.List(first);
        var names = _scratch;
        names.Clear();
        names.Add(first);
        while (!c.AtEnd && IsAttrName(c.Peek())) names.Add(TakeAttrName(ref c));
        return GreenList.Create(names);
    }

    private GreenNode BuildAttrPath(ref Children c)
    {
        if (c.Count == 1 && IsAttrName(c.Peek()))
        {
            // A path of one plain name (most binding names) keeps only the token until someone walks into it.
            var only = c.Take();
            return only.IsToken ? _cache.AttrPathOfOneName(Unsafe.As<GreenToken>(only)) : _cache.AttrPathOfOneItem(only);
        }
        var items = _scratch;
        items.Clear();
        items.Add(c.AtEnd || !IsAttrName(c.Peek()) ? MissingAttrName() : TakeAttrName(ref c));
        while (c.At(K.DotToken))
        {
            items.Add(c.Token(K.DotToken));
            items.Add(!c.AtEnd && IsAttrName(c.Peek()) ? TakeAttrName(ref c) : MissingAttrName());
        }
        return N(K.AttrPath, GreenList.Create(items));
    }

    private GreenNode BuildAttrName(ref Children c)
    {
        if (c.AtEnd) return MissingAttrName();
        var first = c.Peek();
        return first.Kind switch
        {
            // The bare token: the attribute path or inherit that takes it wraps it (or, for a path of one name,
            // keeps it unwrapped until read), so a binding's unique name costs no node of its own.
            K.IdentifierToken or K.OrKeyword => c.Take(),
            K.StringExpression => N(K.StringAttrName, c.Take()),
            K.Interpolation => N(K.DynamicAttrName, c.Take()),
            _ => MissingAttrName(),
        };
    }

    private GreenNode BuildFormals(ref Children c)
    {
        var open = c.Token(K.OpenBraceToken);
        var items = _scratch;
        items.Clear();
        GreenNode? ellipsis = null;
        while (!c.AtEnd)
        {
            if (c.Peek().Kind == K.Formal) items.Add(c.Take());
            else if (c.At(K.CommaToken))
            {
                // A separated list alternates formal and comma; a comma with no formal before it gets a missing one.
                if (items.Count % 2 == 0) items.Add(N(K.Formal, GreenToken.CreateMissing(K.IdentifierToken), null));
                items.Add(c.Token(K.CommaToken));
            }
            else if (c.At(K.EllipsisToken)) { ellipsis = c.Token(K.EllipsisToken); break; }
            else break;
        }
        return N(K.FormalSet, open, GreenList.Create(items), ellipsis, c.Token(K.CloseBraceToken));
    }

    private GreenNode BuildFormal(ref Children c)
    {
        var identifier = c.Token(K.IdentifierToken);
        GreenNode? defaultValue = null;
        if (c.At(K.QuestionToken)) defaultValue = N(K.FormalDefault, c.Token(K.QuestionToken), c.Expression());
        return N(K.Formal, identifier, defaultValue);
    }
}

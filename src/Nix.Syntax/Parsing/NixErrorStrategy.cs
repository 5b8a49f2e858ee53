using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Nix.Syntax.Diagnostics;
using T = Nix.Syntax.Parsing.Generated.NixParser;

namespace Nix.Syntax.Parsing;

/// <summary>
/// ANTLR's recovery (single-token deletion and insertion, then resynchronisation) with Nix.Syntax's own
/// diagnostics: each names what was found and what was expected, and is placed where a person looks for it.
/// Made-up tokens are announced to the builder, which puts a missing token in the tree.
/// </summary>
internal sealed class NixErrorStrategy : DefaultErrorStrategy
{
    private static readonly int[] s_expressionStart =
    [
        T.IDENTIFIER, T.INT, T.FLOAT, T.DQUOTE, T.IND_STRING_OPEN, T.PATH, T.HPATH, T.SPATH, T.URI, T.OPEN_PAREN,
        T.LET, T.REC, T.OPEN_BRACE, T.OPEN_BRACKET, T.IF, T.ASSERT, T.WITH, T.BANG, T.MINUS,
    ];

    private static readonly (string Name, int[] Tokens)[] s_groups =
    [
        ("a binding", [T.IDENTIFIER, T.OR_KW, T.DQUOTE, T.DOLLAR_CURLY, T.INHERIT]),
        ("an attribute name", [T.IDENTIFIER, T.OR_KW, T.DQUOTE, T.DOLLAR_CURLY]),
        ("an operator", [T.EQ, T.NEQ, T.LEQ, T.GEQ, T.AND, T.OR, T.IMPL, T.UPDATE, T.CONCAT, T.PLUS, T.STAR, T.SLASH]),
    ];

    private readonly LexedSource _source;
    private readonly List<PendingDiagnostic> _diagnostics;
    private readonly GreenTreeBuilder _builder;

    public NixErrorStrategy(LexedSource source, List<PendingDiagnostic> diagnostics, GreenTreeBuilder builder)
    {
        _source = source;
        _diagnostics = diagnostics;
        _builder = builder;
    }

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e)
    {
        if (!ReportedMissingSemicolon(recognizer, e.OffendingToken)) ReportUnexpected(e.OffendingToken, recognizer.GetExpectedTokens());
    }

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e)
    {
        if (!ReportedMissingSemicolon(recognizer, e.OffendingToken)) ReportUnexpected(e.OffendingToken, e.GetExpectedTokens());
    }

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e)
    {
        if (!ReportedMissingSemicolon(recognizer, e.OffendingToken)) ReportUnexpected(e.OffendingToken, recognizer.GetExpectedTokens());
    }

    /// <summary>
    /// Never skip a terminator to match what follows it: deleting the <c>;</c> of <c>{ a = b.; c = 3; }</c>
    /// would take <c>c</c> as the selected name and lose the next binding.
    /// </summary>
    protected override IToken? SingleTokenDeletion(Parser recognizer)
    {
        int next = recognizer.InputStream.LA(1);
        if (next is T.SEMICOLON or T.CLOSE_BRACE or T.CLOSE_BRACKET or T.CLOSE_PAREN or T.IN or T.THEN or T.ELSE) return null;
        return base.SingleTokenDeletion(recognizer);
    }

    /// <summary>
    /// A binding's start where an expression cannot go on (<c>{ a = 1 b = 2; }</c>) means a forgotten <c>;</c>:
    /// say so, where it belongs, instead of listing everything that could have continued the expression.
    /// </summary>
    private bool ReportedMissingSemicolon(Parser recognizer, IToken offending)
    {
        if (recognizer is not T parser || offending.TokenIndex <= 0 || recognizer.InputStream.Index != offending.TokenIndex || !parser.AtBindingStart()) return false;
        _diagnostics.Add(new PendingDiagnostic(NixDiagnostics.MissingToken, EndOf(offending.TokenIndex - 1), 0, "';'", Describe(offending)));
        return true;
    }

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        ReportUnexpected(recognizer.CurrentToken, GetExpectedTokens(recognizer));
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        var current = recognizer.CurrentToken;
        if (Suppressed(current)) return;
        // Like Roslyn's "; expected": at the end of the previous token, where the missing one belongs.
        int at = current.TokenIndex > 0 ? EndOf(current.TokenIndex - 1) : 0;
        _diagnostics.Add(new PendingDiagnostic(NixDiagnostics.MissingToken, at, 0, DescribeSet(GetExpectedTokens(recognizer)), Describe(current)));
    }

    protected override IToken GetMissingSymbol(Parser recognizer)
    {
        // As ANTLR's own, but made here: a zero-width token of the first expected type, announced to the builder.
        var expecting = GetExpectedTokens(recognizer);
        int type = expecting.Count == 0 ? TokenConstants.InvalidType : expecting.MinElement;
        _builder.AddMissingToken(type);
        var current = recognizer.CurrentToken;
        return new CommonToken(type, "<missing " + DescribeType(type) + ">")
        {
            Line = current.Line,
            Column = current.Column,
            StartIndex = current.StartIndex,
            StopIndex = current.StartIndex - 1,
        };
    }

    private void ReportUnexpected(IToken token, IntervalSet expected)
    {
        if (Suppressed(token)) return;
        var green = _source.Tokens[token.TokenIndex];
        int start = StartOf(token.TokenIndex);
        _diagnostics.Add(new PendingDiagnostic(NixDiagnostics.UnexpectedToken, start, green.Text.Length, Describe(token), DescribeSet(expected)));
    }

    /// <summary>An unterminated string was already reported; the end of file it causes is no news.</summary>
    private bool Suppressed(IToken token) => token.Type == TokenConstants.EOF && _source.EndsInsideString;

    private int StartOf(int index) => _source.Starts[index];

    private int EndOf(int index) => StartOf(index) + _source.Tokens[index].Text.Length;

    internal static string Describe(IToken token)
    {
        var kind = LexedSource.KindOf(token.Type);
        return kind switch
        {
            NixSyntaxKind.EndOfFileToken => "end of file",
            NixSyntaxKind.IdentifierToken => $"identifier '{token.Text}'",
            NixSyntaxKind.IntegerLiteralToken => $"integer '{token.Text}'",
            NixSyntaxKind.FloatLiteralToken => $"float '{token.Text}'",
            NixSyntaxKind.PathToken or NixSyntaxKind.HomePathToken => $"path '{token.Text}'",
            NixSyntaxKind.SearchPathToken => $"search path '{token.Text}'",
            NixSyntaxKind.UriToken => $"URI '{token.Text}'",
            NixSyntaxKind.StringTextToken or NixSyntaxKind.IndentedStringTextToken or NixSyntaxKind.PathTextToken => "text",
            NixSyntaxKind.OpenIndentedStringToken => "''",
            _ => $"'{SyntaxFacts.GetText(kind) ?? token.Text}'",
        };
    }

    internal static string DescribeType(int type)
    {
        var kind = LexedSource.KindOf(type);
        return kind switch
        {
            NixSyntaxKind.EndOfFileToken => "end of file",
            NixSyntaxKind.IdentifierToken => "an identifier",
            NixSyntaxKind.IntegerLiteralToken => "an integer",
            NixSyntaxKind.FloatLiteralToken => "a float",
            NixSyntaxKind.PathToken or NixSyntaxKind.HomePathToken => "a path",
            NixSyntaxKind.SearchPathToken => "a search path",
            NixSyntaxKind.UriToken => "a URI",
            NixSyntaxKind.StringTextToken or NixSyntaxKind.IndentedStringTextToken or NixSyntaxKind.PathTextToken => "text",
            NixSyntaxKind.OpenIndentedStringToken => "''",
            _ => $"'{SyntaxFacts.GetText(kind) ?? kind.ToString()}'",
        };
    }

    /// <summary>Names an expected set; all the tokens that can start an expression read "an expression".</summary>
    internal static string DescribeSet(IntervalSet expected)
    {
        var types = expected.ToList().ToList();
        var names = new List<string>();
        bool expression = types.Contains(T.IDENTIFIER) && types.Contains(T.INT) && types.Contains(T.OPEN_PAREN) && types.Contains(T.OPEN_BRACKET);
        if (expression)
        {
            names.Add("an expression");
            types.RemoveAll(t => Array.IndexOf(s_expressionStart, t) >= 0);
        }
        foreach (var (name, group) in s_groups)
        {
            if (group.All(types.Contains))
            {
                names.Add(name);
                types.RemoveAll(group.Contains);
            }
        }
        foreach (int type in types)
        {
            if (type == T.PATH_INTERPOLATION_START) continue;
            string name = DescribeType(type);
            if (!names.Contains(name)) names.Add(name);
        }
        if (names.Count == 0) return "nothing more";
        if (names.Count > 6) names = [.. names.Take(6), "…"];
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
    }
}

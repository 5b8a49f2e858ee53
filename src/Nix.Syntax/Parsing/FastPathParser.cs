using Nix.Syntax.Diagnostics;
using Nix.Syntax.InternalSyntax;
using P = Nix.Syntax.Parsing.Generated.NixParser;

namespace Nix.Syntax.Parsing;

/// <summary>
/// A recursive-descent copy of grammar/NixParser.g4 for well-formed input: it feeds the
/// <see cref="GreenTreeBuilder"/> exactly the events the ANTLR parser does (rule start, matched token, rule
/// end), so it builds the same tree, but it makes no rule contexts, runs no adaptive prediction and no
/// error-recovery synchronisation. It gives up at the first token the grammar does not allow, and at deep
/// nesting; the ANTLR parser then parses the text again and owns recovery and its diagnostics. The idea is
/// ANTLR's own two-stage parse (SLL with a bail-out, then full LL), taken one step further.
/// Every decision below is the grammar's; where the grammar needs more than one token to choose (formals or
/// an attribute set after <c>{</c>), a guess that turns out wrong only costs the fallback, never a
/// different tree, because the grammar has one parse for each text it accepts.
/// </summary>
internal sealed class FastPathParser
{
    /// <summary>The deepest rule nesting tried here; deeper input goes to the ANTLR parser and its limit.</summary>
    private const int MaxRuleDepth = 3_000;

    private readonly int[] _types;
    private readonly int _last;
    private readonly GreenTreeBuilder _builder;
    private int _position;
    private int _depth;

    private FastPathParser(LexedSource lexed, GreenTreeBuilder builder)
    {
        _types = lexed.Types;
        _last = lexed.Count - 1;
        _builder = builder;
    }

    /// <summary>
    /// Parses <paramref name="lexed"/> if it is well formed: the root and the builder's diagnostics (precedence
    /// and lexical ones), or null when the text has a syntax error or nests too deeply for this parser.
    /// </summary>
    public static (GreenNode Root, List<PendingDiagnostic> Diagnostics)? TryParse(LexedSource lexed)
    {
        var diagnostics = new List<PendingDiagnostic>(lexed.Diagnostics);
        var builder = new GreenTreeBuilder(lexed, diagnostics);
        var parser = new FastPathParser(lexed, builder);
        try
        {
            parser.File();
            return (builder.FinishRoot(), diagnostics);
        }
        catch (GiveUpException)
        {
            return null;
        }
        finally
        {
            builder.Release();
        }
    }

    private int LA(int k)
    {
        // Past the end is the end: the last token is the end of file.
        int i = _position + k - 1;
        return _types[i < _last ? i : _last];
    }

    private void Enter()
    {
        if (++_depth > MaxRuleDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new GiveUpException();
        _builder.StartNode();
    }

    private void Exit(int rule)
    {
        _depth--;
        _builder.FinishNode(rule);
    }

    private void Consume()
    {
        _builder.AddToken(_position, skipped: false);
        if (_types[_position] != Antlr4.Runtime.TokenConstants.EOF) _position++;
    }

    private void Match(int type)
    {
        if (_types[_position] != type) throw new GiveUpException();
        Consume();
    }

    // file: expr EOF
    private void File()
    {
        Enter();
        Expr();
        Match(Antlr4.Runtime.TokenConstants.EOF);
        Exit(P.RULE_file);
    }

    // expr: ( x: | x @ formals : | formals (@ x)? : | assert e; | with e; | let binding* in )* ( if … | operation )
    private void Expr()
    {
        Enter();
        while (true)
        {
            int type = LA(1);
            if (type == P.IDENTIFIER)
            {
                int next = LA(2);
                if (next == P.COLON)
                {
                    Consume();
                    Consume();
                }
                else if (next == P.AT)
                {
                    Consume();
                    Consume();
                    Formals();
                    Match(P.COLON);
                }
                else break;
            }
            else if (type == P.OPEN_BRACE && FormalsAhead())
            {
                Formals();
                if (LA(1) == P.AT)
                {
                    Consume();
                    Match(P.IDENTIFIER);
                }
                Match(P.COLON);
            }
            else if (type is P.ASSERT or P.WITH)
            {
                Consume();
                Expr();
                Match(P.SEMICOLON);
            }
            else if (type == P.LET && LA(2) != P.OPEN_BRACE)
            {
                Consume();
                while (StartsBinding(LA(1))) Binding();
                Match(P.IN);
            }
            else break;
        }
        if (LA(1) == P.IF)
        {
            Consume();
            Expr();
            Match(P.THEN);
            Expr();
            Match(P.ELSE);
            Expr();
        }
        else
        {
            Operation();
        }
        Exit(P.RULE_expr);
    }

    /// <summary>
    /// At <c>{</c>: whether formals follow rather than an attribute set. <c>{ a,</c>, <c>{ a ?</c> and <c>{ ...</c>
    /// are formals; <c>{ }</c> and <c>{ a }</c> are when <c>:</c> or <c>@</c> follows; the rest is a set.
    /// </summary>
    private bool FormalsAhead()
    {
        int second = LA(2);
        if (second == P.ELLIPSIS) return true;
        if (second == P.CLOSE_BRACE) return LA(3) is P.COLON or P.AT;
        if (second != P.IDENTIFIER) return false;
        int third = LA(3);
        if (third is P.COMMA or P.QUESTION) return true;
        return third == P.CLOSE_BRACE && LA(4) is P.COLON or P.AT;
    }

    // operation: (! | -)* select ({!AtBindingStart()}? select)* ( binop (! | -)* select (…)* | ? attrPath )*
    private void Operation()
    {
        Enter();
        Operand();
        while (true)
        {
            int type = LA(1);
            if (IsBinaryOperator(type))
            {
                Consume();
                Operand();
            }
            else if (type == P.QUESTION)
            {
                Consume();
                AttrPath();
            }
            else break;
        }
        Exit(P.RULE_operation);
    }

    /// <summary>Prefix operators, then an application: a select and its argument selects.</summary>
    private void Operand()
    {
        while (LA(1) is P.BANG or P.MINUS) Consume();
        Select();
        while (StartsSelect(LA(1)) && !P.AtBindingStart(_types, _position)) Select();
    }

    private static bool IsBinaryOperator(int type) => type is P.PIPE_INTO or P.PIPE_FROM or P.IMPL or P.OR or P.AND
        or P.EQ or P.NEQ or P.LT or P.GT or P.LEQ or P.GEQ or P.UPDATE or P.PLUS or P.MINUS or P.STAR or P.SLASH or P.CONCAT;

    private static bool StartsSelect(int type) => type is P.IDENTIFIER or P.INT or P.FLOAT or P.DQUOTE or P.IND_STRING_OPEN
        or P.PATH or P.HPATH or P.SPATH or P.URI or P.OPEN_PAREN or P.LET or P.REC or P.OPEN_BRACE or P.OPEN_BRACKET;

    private static bool StartsAttrName(int type) => type is P.IDENTIFIER or P.OR_KW or P.DQUOTE or P.DOLLAR_CURLY;

    private static bool StartsBinding(int type) => StartsAttrName(type) || type == P.INHERIT;

    // select: primary ( . attrPath ( or select )? | or )?
    private void Select()
    {
        Enter();
        switch (LA(1))
        {
            case P.IDENTIFIER or P.INT or P.FLOAT or P.SPATH or P.URI:
                Consume();
                break;
            case P.DQUOTE:
                String();
                break;
            case P.IND_STRING_OPEN:
                IndentedString();
                break;
            case P.PATH or P.HPATH:
                Path();
                break;
            case P.OPEN_PAREN:
                Consume();
                Expr();
                Match(P.CLOSE_PAREN);
                break;
            case P.LET or P.REC:
                Consume();
                Match(P.OPEN_BRACE);
                Bindings();
                break;
            case P.OPEN_BRACE:
                Consume();
                Bindings();
                break;
            case P.OPEN_BRACKET:
                Consume();
                while (StartsSelect(LA(1))) Select();
                Match(P.CLOSE_BRACKET);
                break;
            default:
                throw new GiveUpException();
        }
        int type = LA(1);
        if (type == P.DOT)
        {
            Consume();
            AttrPath();
            if (LA(1) == P.OR_KW)
            {
                Consume();
                Select();
            }
        }
        else if (type == P.OR_KW)
        {
            Consume();
        }
        Exit(P.RULE_select);
    }

    /// <summary><c>binding* }</c>, the rest of an attribute set.</summary>
    private void Bindings()
    {
        while (StartsBinding(LA(1))) Binding();
        Match(P.CLOSE_BRACE);
    }

    // string: " ( STR | interpolation )* "
    private void String() => StringBody(P.STR, P.DQUOTE, P.RULE_string);

    // indentedString: '' ( IND_STR | interpolation )* ''
    private void IndentedString() => StringBody(P.IND_STR, P.IND_STRING_CLOSE, P.RULE_indentedString);

    private void StringBody(int textType, int closeType, int rule)
    {
        Enter();
        Consume();
        while (true)
        {
            int type = LA(1);
            if (type == textType) Consume();
            else if (type == P.DOLLAR_CURLY) Interpolation();
            else break;
        }
        Match(closeType);
        Exit(rule);
    }

    // interpolation: ${ expr }
    private void Interpolation()
    {
        Enter();
        Consume();
        Expr();
        Match(P.CLOSE_BRACE);
        Exit(P.RULE_interpolation);
    }

    // path: ( PATH | HPATH ) ( PATH_DOLLAR_CURLY expr } | PATH_STR )*
    private void Path()
    {
        Enter();
        Consume();
        while (true)
        {
            int type = LA(1);
            if (type == P.PATH_DOLLAR_CURLY)
            {
                Consume();
                Expr();
                Match(P.CLOSE_BRACE);
            }
            else if (type == P.PATH_STR) Consume();
            else break;
        }
        Exit(P.RULE_path);
    }

    // binding: attrPath = expr ; | inherit ( ( expr ) )? attrName* ;
    private void Binding()
    {
        Enter();
        if (LA(1) == P.INHERIT)
        {
            Consume();
            if (LA(1) == P.OPEN_PAREN)
            {
                Consume();
                Expr();
                Match(P.CLOSE_PAREN);
            }
            while (StartsAttrName(LA(1))) AttrName();
        }
        else
        {
            AttrPath();
            Match(P.ASSIGN);
            Expr();
        }
        Match(P.SEMICOLON);
        Exit(P.RULE_binding);
    }

    // attrPath: attrName ( . attrName )*
    private void AttrPath()
    {
        Enter();
        AttrName();
        while (LA(1) == P.DOT)
        {
            Consume();
            AttrName();
        }
        Exit(P.RULE_attrPath);
    }

    // attrName: IDENTIFIER | or | string | interpolation
    private void AttrName()
    {
        Enter();
        switch (LA(1))
        {
            case P.IDENTIFIER or P.OR_KW:
                Consume();
                break;
            case P.DQUOTE:
                String();
                break;
            case P.DOLLAR_CURLY:
                Interpolation();
                break;
            default:
                throw new GiveUpException();
        }
        Exit(P.RULE_attrName);
    }

    // formals: { ( formal ( , formal )* ( , ...? )? | ... )? }
    private void Formals()
    {
        Enter();
        Match(P.OPEN_BRACE);
        if (LA(1) == P.IDENTIFIER)
        {
            Formal();
            while (LA(1) == P.COMMA && LA(2) == P.IDENTIFIER)
            {
                Consume();
                Formal();
            }
            if (LA(1) == P.COMMA)
            {
                Consume();
                if (LA(1) == P.ELLIPSIS) Consume();
            }
        }
        else if (LA(1) == P.ELLIPSIS)
        {
            Consume();
        }
        Match(P.CLOSE_BRACE);
        Exit(P.RULE_formals);
    }

    // formal: IDENTIFIER ( ? expr )?
    private void Formal()
    {
        Enter();
        Consume();
        if (LA(1) == P.QUESTION)
        {
            Consume();
            Expr();
        }
        Exit(P.RULE_formal);
    }

    /// <summary>The text is not for this parser; unwinds to <see cref="TryParse"/>.</summary>
    private sealed class GiveUpException : Exception;
}

using Nix.Syntax.Formatting.Layout;
using Nix.Syntax.Formatting.Model;
using static Nix.Syntax.Formatting.Layout.Doc;

namespace Nix.Syntax.Formatting;

internal static partial class NixDocPrinter
{
    private static readonly HashSet<string> ComparisonOperators = ["<", ">", "<=", ">=", "==", "!="];

    private static Doc Expr(FExpr expr)
    {
        switch (expr)
        {
            case FTerm term:
                return TermAsExpr(term);
            case FWith with:
                return With(false, with);
            case FLet let:
            {
                // Comments around `in` move down to the body's first token.
                var inToken = let.InKeyword;
                var moved = new List<Trivium>(inToken.Leading);
                if (inToken.TrailingComment is not null) moved.Add(new Trivium(TriviumKind.LineComment, " " + inToken.TrailingComment));
                Prepend(FirstToken(let.Body), moved);
                var letPart = Group(Token(let.LetKeyword) + Hardline + Nest(RenderItems(Hardline, let.Items, Binder)));
                var inPart = Group(Literal(inToken.Text) + Hardline + Expr(let.Body));
                return letPart + Hardline + inPart;
            }
            case FAssert assert:
            {
                var (function, argument) = InsertIntoApp(new FToken(assert.Keyword, NixSyntaxKind.AssertKeyword), assert.Condition);
                return Group(App(false, Empty, false, function, argument) + Token(assert.Semicolon) + Hardline + Expr(assert.Body));
            }
            case FIf @if:
                @if.IfKeyword = @if.IfKeyword.WithTrailingCommentMovedUp();
                return Group(If(Space, @if));
            case FAbstraction { Parameter: FIdParameter id } lambda:
                return Group(Break + Token(id.Name) + Token(lambda.Colon) + AbsorbAbstraction(1, lambda.Body));
            case FAbstraction lambda:
                return Abstraction(lambda);
            case FApplication app:
                return App(false, Empty, false, app.Function, app.Argument);
            case FOperation op when ComparisonOperators.Contains(op.Operator.Text):
                return Expr(op.Left) + Softspace + Token(op.Operator) + Hardspace + Expr(op.Right);
            case FOperation op:
                return Operation(false, op);
            case FMemberCheck check:
                return Expr(check.Expression) + Softspace + Token(check.Question) + Hardspace + Concat(check.Path.Select(Selector));
            case FPrefix prefix:
                // `-` right before a path would be read as part of the path.
                return Token(prefix.Operator) + (prefix.Operator.Text == "-" && StartsWithPath(prefix.Operand) ? Hardspace : Empty)
                    + Expr(prefix.Operand);
            default:
                throw new InvalidOperationException(expr.GetType().Name);
        }
    }

    private static bool StartsWithPath(FExpr expr)
    {
        while (true)
        {
            switch (expr)
            {
                case FPath: return true;
                case FSelection s: expr = s.Term; continue;
                case FApplication a: expr = a.Function; continue;
                case FOperation o: expr = o.Left; continue;
                case FMemberCheck m: expr = m.Expression; continue;
                default: return false;
            }
        }
    }

    private static (FExpr, FExpr) InsertIntoApp(FExpr insert, FExpr expr)
    {
        if (expr is FApplication app)
        {
            var (f, a) = InsertIntoApp(insert, app.Function);
            return (new FApplication(f, a), app.Argument);
        }
        return (insert, expr);
    }

    private static Doc If(Doc sep, FIf @if)
    {
        var head = Group(Token(@if.IfKeyword) + Space + Nest(Expr(@if.Condition)) + Space + Token(@if.ThenKeyword));
        var rest = @if.WhenFalse is FIf elseIf ? If(Hardline, elseIf) : Space + Nest(GroupExpr(@if.WhenFalse));
        return head + Surround(sep, Nest(GroupExpr(@if.WhenTrue))) + Token(@if.ElseKeyword.WithTrailingCommentMovedUp()) + Hardspace + rest;
    }

    private static Doc AbsorbAbstraction(int depth, FExpr body)
    {
        if (body is FAbstraction { Parameter: FIdParameter id } inner)
            return Hardspace + Token(id.Name) + Token(inner.Colon) + AbsorbAbstraction(depth + 1, inner.Body);
        if (IsAbsorbableExpr(body)) return Hardspace + Group(AbsorbExpr(false, body), GroupKind.Priority);
        return (depth <= 2 ? Space : Hardline) + Expr(body);
    }

    private static Doc Abstraction(FAbstraction lambda)
    {
        var body = lambda.Body;
        if (lambda.Parameter is FSetParameter set)
        {
            if (CanFlattenAttrs(set) && lambda.Colon.Line == FirstToken(body).Line && IsAbsorbableExpr(body))
                return Parameter(set) + Token(lambda.Colon) + Hardspace + Group(Expr(body), GroupKind.Priority);
            if (lambda.Colon.Line != FirstToken(body).Line)
                return Parameter(set) + Token(lambda.Colon) + Hardline + Expr(body);
        }
        if (body is FTerm t && IsAbsorbable(t))
            return Parameter(lambda.Parameter) + Token(lambda.Colon) + Space + Group(TermWide(t));
        return Parameter(lambda.Parameter) + Token(lambda.Colon) + Space + Expr(body);
    }

    private static Doc With(bool absorb, FWith with)
    {
        if (absorb && with.Body is FTerm body)
            return Group(Break + Token(with.Keyword) + Hardspace + Nest(GroupExpr(with.Scope)) + Token(with.Semicolon)
                + Hardspace + Group(TermWide(body), GroupKind.Priority));
        return Group(Token(with.Keyword) + Hardspace + Nest(GroupExpr(with.Scope)) + Token(with.Semicolon)) + Space + Expr(with.Body);
    }

    // ---- absorption ----

    private static bool IsAbsorbable(FTerm term) => term switch
    {
        FIndentedString s => s.Lines.Count >= 2,
        FPath => false,
        FSet { Items.Count: > 0 } => true,
        FList { Items.Count: > 0 } => true,
        FSet s when s.Open.Line != s.Close.Line => true,
        FList l when l.Open.Line != l.Close.Line => true,
        FList l when l.Open.HasTrivia || HasOnlyComments(l.Items) => true,
        FSet s when s.Open.HasTrivia || HasOnlyComments(s.Items) => true,
        FParenthesized { Open.IsLone: true, Expression: FTerm inner } =>
            FirstToken(inner).Leading.All(t => t.Kind == TriviumKind.LanguageAnnotation) && IsAbsorbable(inner),
        _ => false,
    };

    private static bool IsAbsorbableExpr(FExpr expr) => expr switch
    {
        FTerm t => IsAbsorbable(t),
        FWith { Body: FTerm t } => IsAbsorbable(t),
        FAbstraction { Parameter: FIdParameter, Body: FTerm t } => IsAbsorbable(t),
        FAbstraction { Parameter: FIdParameter, Body: FAbstraction body } => IsAbsorbableExpr(body),
        FAbstraction { Parameter: FSetParameter set } lambda =>
            CanFlattenAttrs(set) && set.Open.Leading.Count == 0 && set.Open.TrailingComment is null
            && lambda.Colon.Line == FirstToken(lambda.Body).Line && IsAbsorbableExpr(lambda.Body),
        _ => false,
    };

    private static Doc AbsorbExpr(bool wide, FExpr expr) => expr switch
    {
        FTerm t when IsAbsorbable(t) => wide ? TermWide(t) : PrettyTerm(t),
        FWith { Body: FTerm t } with when IsAbsorbable(t) => With(true, with),
        _ => Expr(expr),
    };

    private static Doc AbsorbParen(FParenthesized paren)
    {
        var open = paren.Open;
        if (open.TrailingComment is not null)
            Prepend(FirstToken(paren.Expression), [new Trivium(TriviumKind.LineComment, " " + open.TrailingComment)]);
        return Group(Nest(Token(open.WithoutTrailingComment())
            + Surround(Break, Group(Nest(Expr(paren.Expression) + Trivia(paren.Close.Leading))))
            + Token(paren.Close.WithoutLeading())), GroupKind.Priority);
    }

    private static bool IsUpdateConcatPlus(string op) => op is "//" or "++" or "+";

    private static Doc AbsorbRhs(FExpr expr)
    {
        switch (expr)
        {
            case FSet { Items: [{ Value: FInherit }] }:
                return Nest(Hardspace + Group(AbsorbExpr(false, expr)));
            case var _ when IsAbsorbableExpr(expr):
                return Nest(Hardspace + Group(AbsorbExpr(true, expr)));
            case FParenthesized paren:
                return Nest(Hardspace + AbsorbParen(paren));
            case FSimpleString or FIndentedString or FPath:
                return Nest(Hardspace + GroupExpr(expr));
            case FTerm:
                return Nest(Group(Space + Expr(expr)));
            case FApplication app:
                return Nest(App(false, Space, false, app.Function, app.Argument));
            case FWith:
                return Nest(Group(Space + Expr(expr)));
            case FOperation { Left: FTerm t } op
                when IsAbsorbable(t) && FirstToken(t).Leading.Count == 0 && IsUpdateConcatPlus(op.Operator.Text):
                return Hardspace + Operation(true, op);
            case FOperation { Right: FTerm t } op when IsAbsorbable(t) && op.Operator.IsLone && IsUpdateConcatPlus(op.Operator.Text):
                return Nest(Group(Space + Expr(op.Left) + Space
                    + Group(Token(op.Operator) + Hardspace + Group(TermWide(t), GroupKind.Priority), GroupKind.Transparent)));
            default:
                return Nest(Space + GroupExpr(expr));
        }
    }

    // ---- operators ----

    private static Doc Operation(bool forceFirstTermWide, FOperation operation)
    {
        var op = operation.Operator.Text;
        var operands = new List<(FormatToken? Op, FExpr Expr)>();
        Flatten(null, operation);
        var sep = op is "|>" or "<|" && operands.Count >= 4 ? Hardline : Space;
        var parts = new List<Doc>();
        foreach (var (opToken, operand) in operands)
        {
            if (opToken is null)
                parts.Add(operand is FTerm t && IsAbsorbable(t) && forceFirstTermWide ? TermWide(t) : Expr(operand));
            else
                parts.Add(sep + Token(opToken.WithTrailingCommentMovedUp()) + Nest(AbsorbOperand(operand)));
        }
        return Group(Concat(parts));

        void Flatten(FormatToken? left, FExpr e)
        {
            if (e is FOperation o && o.Operator.Text == op)
            {
                Flatten(left, o.Left);
                Flatten(o.Operator, o.Right);
            }
            else operands.Add((left, e));
        }
    }

    private static Doc AbsorbOperand(FExpr expr) => expr switch
    {
        FTerm t when IsAbsorbable(t) => Hardspace + TermAsExpr(t),
        FOperation => Group(Space + Expr(expr)),
        FApplication app => Group(Hardspace + App(false, Space, false, app.Function, app.Argument)),
        _ => Hardspace + Expr(expr),
    };

    // ---- helpers on the model ----

    /// <summary>The one token of a one-token term (name, number, string, path), else null.</summary>
    private static FormatToken? LeafToken(FExpr expr) => expr switch
    {
        FToken t => t.Token,
        FSimpleString s => s.Token,
        FIndentedString s => s.Token,
        FPath p => p.Token,
        _ => null,
    };

    internal static FormatToken FirstToken(FExpr expr)
    {
        while (true)
        {
            if (LeafToken(expr) is { } leaf) return leaf;
            switch (expr)
            {
                case FList l: return l.Open;
                case FSet s: return s.Keyword ?? s.Open;
                case FSelection s: expr = s.Term; continue;
                case FParenthesized p: return p.Open;
                case FWith w: return w.Keyword;
                case FLet l: return l.LetKeyword;
                case FAssert a: return a.Keyword;
                case FIf i: return i.IfKeyword;
                case FAbstraction a:
                {
                    var p = a.Parameter;
                    while (p is FContextParameter c) p = c.First;
                    return p is FIdParameter id ? id.Name : ((FSetParameter)p).Open;
                }
                case FApplication a: expr = a.Function; continue;
                case FOperation o: expr = o.Left; continue;
                case FMemberCheck m: expr = m.Expression; continue;
                case FPrefix p: return p.Operator;
                default: throw new InvalidOperationException(expr.GetType().Name);
            }
        }
    }

    internal static FormatToken LastToken(FExpr expr)
    {
        while (true)
        {
            if (LeafToken(expr) is { } leaf) return leaf;
            switch (expr)
            {
                case FList l: return l.Close;
                case FSet s: return s.Close;
                case FSelection { Default: not null } s: expr = s.Default; continue;
                case FSelection s: return s.Selectors[^1].Name.Token;
                case FParenthesized p: return p.Close;
                case FWith w: expr = w.Body; continue;
                case FLet l: expr = l.Body; continue;
                case FAssert a: expr = a.Body; continue;
                case FIf i: expr = i.WhenFalse; continue;
                case FAbstraction a: expr = a.Body; continue;
                case FApplication a: expr = a.Argument; continue;
                case FOperation o: expr = o.Right; continue;
                case FMemberCheck m: return m.Path[^1].Name.Token;
                case FPrefix p: expr = p.Operand; continue;
                default: throw new InvalidOperationException(expr.GetType().Name);
            }
        }
    }

    private static void Prepend(FormatToken token, List<Trivium> trivia)
    {
        if (trivia.Count > 0) token.Leading = [.. trivia, .. token.Leading];
    }

    private static bool IsSimple(FExpr expr) => expr switch
    {
        FSimpleString s => s.Token.IsLone,
        FIndentedString s => s.Token.IsLone,
        FPath p => p.Token.IsLone,
        FToken t => t.Token.IsLone && t.Kind is NixSyntaxKind.IdentifierToken or NixSyntaxKind.IntegerLiteralToken
            or NixSyntaxKind.FloatLiteralToken or NixSyntaxKind.SearchPathToken or NixSyntaxKind.OrKeyword,
        FSelection s => IsSimple(s.Term) && s.Selectors.All(x => x.Name.IsIdentifier) && s.OrKeyword is null,
        FParenthesized p => p.Open.IsLone && p.Close.IsLone && IsSimple(p.Expression),
        FApplication { Function: FApplication { Function: FApplication } } => false,
        FApplication a => IsSimple(a.Function) && IsSimple(a.Argument),
        _ => false,
    };
}

using Nix.Syntax.Formatting.Layout;
using Nix.Syntax.Formatting.Model;
using static Nix.Syntax.Formatting.Layout.Doc;

namespace Nix.Syntax.Formatting;

/// <summary>
/// The per-construct layout rules of the RFC 166 style, turning the formatter's model into a layout document:
/// which constructs break together, which stay "absorbed" on the line of what precedes them, where comments go.
/// </summary>
internal static partial class NixDocPrinter
{
    /// <summary>The document of a whole file.</summary>
    public static Doc File(FExpr expression, List<Trivium> finalTrivia) =>
        Group(Expr(expression) + Trivia(finalTrivia));

    // ---- trivia and tokens ----

    private static Doc Trivium(Trivium trivium) => trivium.Kind switch
    {
        TriviumKind.EmptyLine => Emptyline,
        TriviumKind.LineComment => Comment("#" + trivium.Text) + Hardline,
        TriviumKind.LanguageAnnotation => Comment("/* " + trivium.Text + " */") + Hardspace,
        TriviumKind.DisableDirective => Raw(TextKind.DisableMarker, ""),
        TriviumKind.EnableDirective when trivium.Text is null => Comment("/*nixfmt:enable*/") + Hardline,
        TriviumKind.EnableDirective => Raw(TextKind.Verbatim, trivium.Text) + Hardline,
        TriviumKind.DisabledToEndOfFile => Raw(TextKind.VerbatimToEnd, trivium.Text!),
        _ => Comment(trivium.IsDoc ? "/**" : "/*") + Hardline
            + Offset(2, Concat(trivium.Lines!.Select(l => l.Length == 0 ? Emptyline : Comment(l) + Hardline)))
            + Comment("*/") + Hardline,
    };

    private static Doc Trivia(IReadOnlyList<Trivium> trivia)
    {
        if (trivia.Count == 0) return Empty;
        if (trivia is [{ Kind: TriviumKind.LanguageAnnotation } only]) return Trivium(only);
        return Hardline + Concat(trivia.Select(Trivium));
    }

    private static Doc TrailingComment(string? comment) =>
        comment is null ? Empty : Hardspace + Doc.TrailingComment("# " + comment) + Hardline;

    private static Doc Token(FormatToken? token, Doc value) =>
        token is null ? Empty : Trivia(token.Leading) + value + TrailingComment(token.TrailingComment);

    private static Doc Token(FormatToken? token) => token is null ? Empty : Token(token, Literal(token.Text));

    private static Doc GroupExpr(FExpr expr) => Group(Expr(expr));

    // ---- items ----

    private static Doc Item<T>(FItem<T> item, Func<T, Doc> pretty) where T : class =>
        item.IsComments ? Trivia(item.Comments!) : Group(pretty(item.Value!));

    private static Doc RenderItems<T>(Doc separator, List<FItem<T>> items, Func<T, Doc> pretty) where T : class
    {
        var parts = new List<Doc>();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            // A language annotation standing before a string stays on the string's line.
            if (item.IsComments && item.Comments!.Count > 0 && item.Comments[^1].Kind == TriviumKind.LanguageAnnotation
                && i + 1 < items.Count && !items[i + 1].IsComments)
            {
                var preceding = item.Comments.Take(item.Comments.Count - 1).ToList();
                parts.Add(Trivia(preceding) + Trivium(item.Comments[^1]) + Hardspace + Group(pretty(items[i + 1].Value!)));
                i++;
            }
            else parts.Add(Item(item, pretty));
            if (i < items.Count - 1) parts.Add(separator);
        }
        return Concat(parts);
    }

    private static bool HasOnlyComments<T>(List<FItem<T>> items) where T : class =>
        items.Count > 0 && items.All(i => i.IsComments);

    private static Doc RenderList(Doc itemSeparator, FList list)
    {
        var open = list.Open;
        var close = list.Close;
        Doc sur;
        if (open.Line != close.Line || HasOnlyComments(list.Items) || (open.HasTrivia && list.Items.Count == 0)) sur = Hardline;
        else if (list.Items.Count == 0) sur = Hardspace;
        else sur = Space;
        return Token(open.WithoutTrailingComment())
            + Surround(sur, Nest(TrailingComment(open.TrailingComment) + RenderItems(itemSeparator, list.Items, Term)))
            + Token(close);
    }

    // ---- terms ----

    private static Doc TermAsExpr(FTerm term) => term is FList ? Group(PrettyTerm(term)) : PrettyTerm(term);

    private static Doc Term(FTerm term) => TermAsExpr(term);

    private static Doc PrettyTerm(FTerm term)
    {
        switch (term)
        {
            case FToken token:
                return Token(token.Token);
            case FSimpleString str:
                return Token(str.Token, SimpleString(str.Lines));
            case FIndentedString str:
                return Token(str.Token, IndentedString(str.Lines));
            case FPath path:
                return Token(path.Token, Line(path.Parts));
            case FSelection selection:
            {
                var sep = selection.Term switch
                {
                    FToken { Kind: NixSyntaxKind.IntegerLiteralToken or NixSyntaxKind.FloatLiteralToken } => Hardspace,
                    FToken => Empty,
                    // A dot right after a path would be read as part of the path.
                    FPath => Hardspace,
                    FParenthesized => Softbreak,
                    _ => Break,
                };
                var doc = TermAsExpr(selection.Term) + sep + Concat(selection.Selectors.Select(Selector));
                if (selection.OrKeyword is not null)
                    doc += Softspace + Nest(Token(selection.OrKeyword) + Hardspace + TermAsExpr(selection.Default!));
                return doc;
            }
            case FList { Open.TrailingComment: null, Items.Count: 0, Close.Leading.Count: 0 } empty:
                return Token(empty.Open) + (empty.Open.Line != empty.Close.Line ? Hardline : Hardspace) + Token(empty.Close);
            case FList list:
                return RenderList(Hardline, list);
            case FSet set:
                return Set(false, set);
            case FParenthesized paren:
            {
                var closePre = paren.Close.Leading;
                return Group(Token(paren.Open.WithTrailingCommentMovedUp())
                    + Nest(ParenInner(paren.Expression) + Trivia(closePre))
                    + Token(paren.Close.WithoutLeading()));
            }
            default:
                throw new InvalidOperationException(term.GetType().Name);
        }
    }

    /// <summary>The inside of parentheses (and of a lone interpolation on a string line).</summary>
    private static Doc ParenInner(FExpr expr) => expr switch
    {
        _ when IsAbsorbableExpr(expr) => Group(AbsorbExpr(false, expr)),
        FApplication app => App(true, Empty, true, app.Function, app.Argument),
        FSelection { Term: var t } when IsAbsorbable(t) => Break + GroupExpr(expr) + Break,
        FSelection => GroupExpr(expr) + Break,
        _ => Break + GroupExpr(expr) + Break,
    };

    private static Doc TermWide(FTerm term) => term is FSet set ? Set(true, set) : PrettyTerm(term);

    private static Doc Set(bool wide, FSet set)
    {
        var keyword = set.Keyword is null ? Empty : Token(set.Keyword) + Hardspace;
        if (set.Items.Count == 0 && set.Open.IsLone && set.Close.Leading.Count == 0)
            return keyword + Token(set.Open) + (set.Open.Line != set.Close.Line ? Hardline : Hardspace) + Token(set.Close);
        var sep = (wide && set.Items.Count > 0) || set.Open.Line != set.Close.Line ? Hardline : Space;
        return keyword + Token(set.Open.WithoutTrailingComment())
            + Surround(sep, Nest(TrailingComment(set.Open.TrailingComment) + RenderItems(Hardline, set.Items, Binder)))
            + Token(set.Close);
    }

    private static Doc SimpleSelector(FSimpleSelector selector)
    {
        if (selector.Interpolation is not null) return Token(selector.Token, Part(selector.Interpolation));
        if (selector.StringLines is not null) return Token(selector.Token, SimpleString(selector.StringLines));
        return Token(selector.Token);
    }

    private static Doc Selector(FSelector selector) => Token(selector.Dot) + SimpleSelector(selector.Name);

    // ---- bindings ----

    private static Doc Binder(FBinder binder)
    {
        switch (binder)
        {
            case FInherit inherit:
            {
                bool oneLine = inherit.Keyword.Line == inherit.Semicolon.Line && inherit.Names.Count < 4;
                var (sep, nosep) = oneLine ? (Space, Break) : (Hardline, Hardline);
                var names = SeparatedBy(sep, inherit.Names.Select(SimpleSelector));
                if (inherit.Source is null)
                    return Group(Token(inherit.Keyword) + sep + Nest(names + nosep + Token(inherit.Semicolon)));
                return Group(Token(inherit.Keyword)
                    + Nest(Group(Space + PrettyTerm(inherit.Source)) + sep + names + nosep + Token(inherit.Semicolon)));
            }
            case FAssignment assignment:
            {
                var rhs = assignment.Path.Count <= 4 && assignment.Path.All(s => s.Name.IsIdentifier)
                    ? AbsorbRhs(assignment.Value)
                    : Break + Group(AbsorbRhs(assignment.Value), GroupKind.Priority);
                return Group(Concat(assignment.Path.Select(Selector))
                    + Nest(Hardspace + Token(assignment.EqualsToken) + rhs)
                    + Token(assignment.Semicolon));
            }
            default:
                throw new InvalidOperationException(binder.GetType().Name);
        }
    }
}

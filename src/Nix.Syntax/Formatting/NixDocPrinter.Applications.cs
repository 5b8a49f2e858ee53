using Nix.Syntax.Formatting.Layout;
using Nix.Syntax.Formatting.Model;
using static Nix.Syntax.Formatting.Layout.Doc;

namespace Nix.Syntax.Formatting;

internal static partial class NixDocPrinter
{
    /// <summary>
    /// A function application. Each nested call is a group, so as many calls as fit share the first line;
    /// each argument is a priority group, so the last one can spread over lines while the others stay on one.
    /// <paramref name="pre"/> and <paramref name="hasPost"/> let the caller add breaks inside the group.
    /// </summary>
    private static Doc App(bool indentFunction, Doc pre, bool hasPost, FExpr f, FExpr a)
    {
        bool simple = IsSimple(new FApplication(f, a));

        // Comments before the function move out of the call so they do not force it to expand.
        var first = FirstToken(f).WithTrailingCommentMovedUp();
        var annotations = first.Leading.Where(t => t.Kind == TriviumKind.LanguageAnnotation).ToList();
        var hoisted = first.Leading.Where(t => t.Kind != TriviumKind.LanguageAnnotation).ToList();
        var original = FirstToken(f);
        original.Leading = annotations;
        original.TrailingComment = null;
        bool noComment = hoisted.Count == 0;

        var post = hasPost ? Break : Empty;
        Doc result;
        if (f is FApplication { Argument: FList l1 } inner && a is FList l2)
        {
            result = Group(pre + Group(AbsorbApp(inner.Function), GroupKind.Transparent)
                + Space + Nest(Group(AbsorbInner(l1))) + Space + Nest(Group(AbsorbInner(l2))) + post);
        }
        else
        {
            var renderedF = pre + Group(AbsorbApp(f), GroupKind.Transparent);
            var unexpanded = simple ? UnexpandDoc(renderedF, null) : null;
            result = unexpanded is { } u
                ? Group(u + Hardspace + AbsorbLast(a))
                : Group(renderedF + Space + AbsorbLast(a) + post);
        }
        return Trivia(hoisted) + result + (hasPost && !noComment ? Hardline : Empty);

        Doc AbsorbApp(FExpr expr)
        {
            switch (expr)
            {
                case FApplication { Argument: FSelection } app:
                    return Group(AbsorbApp(app.Function), GroupKind.Transparent) + Space + Nest(Group(AbsorbInner(app.Argument)));
                case FApplication { Function: FApplication { Argument: FList list1 } innerApp, Argument: FList list2 }:
                    return Group(Group(AbsorbApp(innerApp.Function), GroupKind.Transparent)
                        + Nest(Group(Space + Group(AbsorbInner(list1)) + Space + Group(AbsorbInner(list2)))), GroupKind.Transparent);
                case FApplication app:
                    return Group(AbsorbApp(app.Function), GroupKind.Transparent) + Space + Nest(Group(AbsorbInner(app.Argument), GroupKind.Priority));
                default:
                    return indentFunction && noComment ? Nest(Group(Break + Expr(expr))) : Expr(expr);
            }
        }
    }

    private static Doc AbsorbInner(FExpr expr)
    {
        if (expr is FList list && list.Items.Count <= 6 && list.Items.All(i => i.IsComments || IsSimple(i.Value!)))
            return RenderList(Space, list);
        return Expr(expr);
    }

    private static Doc AbsorbLast(FExpr arg)
    {
        switch (arg)
        {
            case FTerm t when IsAbsorbable(t):
                return Group(Nest(PrettyTerm(t)), GroupKind.Priority);
            case FParenthesized { Expression: FAbstraction { Parameter: FIdParameter name, Body: FTerm body } lambda } paren
                when IsAbsorbable(body) && !paren.Open.HasTrivia && !name.Name.HasTrivia && !lambda.Colon.HasTrivia:
                return Group(Nest(Token(paren.Open) + Token(name.Name) + Token(lambda.Colon) + Hardspace + TermWide(body)
                    + Token(paren.Close)), GroupKind.Priority);
            case FParenthesized { Expression: FApplication { Function: FToken { Kind: NixSyntaxKind.IdentifierToken } fn, Argument: FTerm body } } paren
                when IsAbsorbable(body) && !paren.Open.HasTrivia && !fn.Token.HasTrivia && !paren.Close.HasTrivia:
                return Group(Nest(Token(paren.Open) + Literal(fn.Token.Text) + Hardspace + TermWide(body) + Token(paren.Close)),
                    GroupKind.Priority);
            case FParenthesized paren:
                return AbsorbParen(paren);
            default:
                return Group(Nest(Expr(arg)));
        }
    }

    /// <summary>A document's one-line form, or null when it cannot have one (or is wider than the limit).</summary>
    private static Doc? UnexpandDoc(Doc doc, int? limit)
    {
        var flat = DocResolver.Unexpand(DocResolver.Resolve(doc), limit);
        return flat is null ? null : flat.Count == 0 ? Empty : Of(new DocSequence([.. flat]));
    }
}

using Nix.Syntax.Formatting.Layout;
using Nix.Syntax.Formatting.Model;
using static Nix.Syntax.Formatting.Layout.Doc;

namespace Nix.Syntax.Formatting;

internal static partial class NixDocPrinter
{
    private static Doc Parameter(FParameter parameter)
    {
        switch (parameter)
        {
            case FIdParameter id:
                return Token(id.Name);
            case FContextParameter context:
                return Parameter(context.First) + Token(context.At) + Parameter(context.Second);
            case FSetParameter { Attrs.Count: 0 } empty:
                return Group(Token(empty.Open.WithTrailingCommentMovedUp())
                    + (empty.Open.Line != empty.Close.Line ? Hardline : Hardspace) + Token(empty.Close));
            case FSetParameter set:
            {
                var sep = CanFlattenAttrs(set) ? Space : Hardline;
                var attrs = MoveParamsComments(set.Attrs).Select(MoveParamAttrComment).ToList();
                var docs = new List<Doc>();
                for (int i = 0; i < attrs.Count; i++)
                {
                    var attr = attrs[i];
                    // The comma after the last formal is printed only when the set is expanded.
                    if (i == attrs.Count - 1 && !attr.IsEllipsis && attr.Comma is { IsLone: true })
                        docs.Add(ParamAttr(new FParamAttr(attr.Name, attr.Question, attr.Default, null, false)) + Trailing(","));
                    else docs.Add(ParamAttr(attr));
                }
                return Group(Token(set.Open.WithTrailingCommentMovedUp())
                    + Surround(sep, Nest(SeparatedBy(sep, docs)))
                    + Nest(Trivia(set.Close.Leading))
                    + Token(set.Close.WithoutLeading()));
            }
            default:
                throw new InvalidOperationException(parameter.GetType().Name);
        }
    }

    private static Doc ParamAttr(FParamAttr attr)
    {
        if (attr.IsEllipsis || attr.Default is null) return Token(attr.Name) + Token(attr.Comma);
        return Group(Token(attr.Name) + Hardspace + Nest(Token(attr.Question!) + AbsorbRhs(attr.Default)) + Token(attr.Comma));
    }

    /// <summary>Comments before a comma belong to the next formal; the last formal gets a comma.</summary>
    private static List<FParamAttr> MoveParamsComments(List<FParamAttr> attrs)
    {
        var result = attrs.Select(a => new FParamAttr(a.Name, a.Question, a.Default, a.Comma, a.IsEllipsis)).ToList();
        for (int i = 0; i < result.Count; i++)
        {
            var attr = result[i];
            if (attr.IsEllipsis) continue;
            if (i + 1 < result.Count && attr.Comma is { TrailingComment: null } comma && comma.Leading.Count > 0
                && !comma.Leading.Any(t => t.Kind is TriviumKind.DisableDirective or TriviumKind.EnableDirective))
            {
                var next = result[i + 1];
                attr.Comma = comma.WithoutLeading();
                var moved = next.Name.Clone();
                moved.Leading = [.. comma.Leading, .. moved.Leading];
                next.Name = moved;
            }
            if (i == result.Count - 1 && attr.Comma is null)
                attr.Comma = new FormatToken([], ",", attr.Name.Line, null);
        }
        return result;
    }

    /// <summary>A comment after a formal (or its default) moves after its comma.</summary>
    private static FParamAttr MoveParamAttrComment(FParamAttr attr)
    {
        if (attr.IsEllipsis || attr.Comma is not { IsLone: true } comma) return attr;
        if (attr.Default is null)
        {
            if (attr.Name.TrailingComment is null) return attr;
            var name = attr.Name.WithoutTrailingComment();
            var movedComma = comma.Clone();
            movedComma.TrailingComment = attr.Name.TrailingComment;
            return new FParamAttr(name, null, null, movedComma, false);
        }
        var last = LastToken(attr.Default);
        var trailing = last.TrailingComment;
        last.TrailingComment = null;
        var newComma = comma.Clone();
        newComma.TrailingComment = trailing;
        return new FParamAttr(attr.Name, attr.Question, attr.Default, newComma, false);
    }

    private static bool CanFlattenAttrs(FSetParameter set)
    {
        if (set.Open.Line != set.Close.Line || set.Close.HasTrivia) return false;
        if (set.Attrs.Any(a => a.Name.HasTrivia || (a.Comma?.HasTrivia ?? false))) return false;
        var attrs = set.Attrs;
        bool Plain(FParamAttr a) => !a.IsEllipsis && a.Default is null;
        return attrs.Count switch
        {
            0 => true,
            1 => attrs[0].IsEllipsis || Plain(attrs[0]),
            2 => Plain(attrs[0]) && (attrs[1].IsEllipsis || Plain(attrs[1])),
            3 => Plain(attrs[0]) && Plain(attrs[1]) && attrs[2].IsEllipsis,
            _ => false,
        };
    }
}

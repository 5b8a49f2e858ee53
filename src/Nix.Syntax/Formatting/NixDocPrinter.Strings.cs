using Nix.Syntax.Formatting.Layout;
using Nix.Syntax.Formatting.Model;
using static Nix.Syntax.Formatting.Layout.Doc;

namespace Nix.Syntax.Formatting;

internal static partial class NixDocPrinter
{
    private static Doc SimpleString(List<List<FStringPart>> lines) =>
        // The written line breaks stay literal text: they must not take the code's indentation.
        Group(Literal("\"") + SeparatedBy(Literal("\n"), lines.Select(Line)) + Literal("\""));

    private static Doc IndentedString(List<List<FStringPart>> lines) =>
        Group(Literal("''") + (lines.Count >= 2 ? Break : Empty) + Nest(SeparatedBy(Newline, lines.Select(Line))) + Literal("''"));

    private static Doc Whole(FInterpolation interpolation) => Group(Expr(interpolation.Expression) + Trivia(interpolation.FinalTrivia));

    private static Doc Part(FStringPart part)
    {
        if (part is FTextPart text) return Literal(text.Text);
        var interpolation = (FInterpolation)part;
        var expr = interpolation.Expression;
        if (interpolation.FinalTrivia.Count == 0)
        {
            if (expr is FTerm t && IsAbsorbable(t)) return Group(Literal("${") + PrettyTerm(t) + Literal("}"));
            if (IsSimple(expr))
            {
                // Short and simple: always on one line, however long the line gets.
                var doc = Expr(expr);
                return Literal("${") + (UnexpandDoc(doc, null) ?? doc) + Literal("}");
            }
        }
        var whole = Whole(interpolation);
        var inner = UnexpandDoc(whole, 30) ?? Surround(Break, Nest(whole));
        return Group(Literal("${") + inner + Literal("}"));
    }

    /// <summary>One line of a string (or a path); code after leading spaces is indented to them.</summary>
    private static Doc Line(List<FStringPart> parts)
    {
        if (parts is [FInterpolation { FinalTrivia.Count: 0 } lone]) return LoneInterpolation("", lone);
        if (parts is [FTextPart pre, FInterpolation { FinalTrivia.Count: 0 } single] && pre.Text.All(c => c == ' '))
            return LoneInterpolation(pre.Text, single);
        if (parts is [FInterpolation withComments])
            return Group(Literal("${") + Surround(Break, Nest(Whole(withComments))) + Literal("}"));
        if (parts is [FTextPart head, .. var rest])
        {
            var indentation = head.Text.TakeWhile(char.IsWhiteSpace).Count();
            return Literal(head.Text) + Offset(indentation, Concat(rest.Select(Part)));
        }
        return Concat(parts.Select(Part));
    }

    private static Doc LoneInterpolation(string pre, FInterpolation interpolation) =>
        Literal(pre) + Offset(pre.Length, Group(Literal("${") + Nest(ParenInner(interpolation.Expression)) + Literal("}")));
}

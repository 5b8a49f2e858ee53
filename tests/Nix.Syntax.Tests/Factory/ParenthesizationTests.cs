using Nix.Syntax.Tests.Parsing;
using static Nix.Syntax.SyntaxFactory;

namespace Nix.Syntax.Tests.Factory;

/// <summary>The factory inserts parentheses where Nix's precedence requires them, and only there.</summary>
public class ParenthesizationTests
{
    private static readonly IdentifierNameSyntax A = IdentifierName("a"), B = IdentifierName("b"), C = IdentifierName("c"), F = IdentifierName("f");

    private static ExpressionSyntax Bin(NixSyntaxKind kind, ExpressionSyntax left, ExpressionSyntax right) => Binary(kind, left, right);

    public static TheoryData<ExpressionSyntax, string> Cases => new()
    {
        { Bin(NixSyntaxKind.AddExpression, Bin(NixSyntaxKind.AddExpression, A, B), C), "a + b + c" },
        { Bin(NixSyntaxKind.AddExpression, A, Bin(NixSyntaxKind.AddExpression, B, C)), "a + (b + c)" },
        { Bin(NixSyntaxKind.SubtractExpression, A, Bin(NixSyntaxKind.SubtractExpression, B, C)), "a - (b - c)" },
        { Bin(NixSyntaxKind.ConcatExpression, A, Bin(NixSyntaxKind.ConcatExpression, B, C)), "a ++ b ++ c" },
        { Bin(NixSyntaxKind.ConcatExpression, Bin(NixSyntaxKind.ConcatExpression, A, B), C), "(a ++ b) ++ c" },
        { Bin(NixSyntaxKind.UpdateExpression, A, Bin(NixSyntaxKind.UpdateExpression, B, C)), "a // b // c" },
        { Bin(NixSyntaxKind.MultiplyExpression, Bin(NixSyntaxKind.AddExpression, A, B), C), "(a + b) * c" },
        { Bin(NixSyntaxKind.AddExpression, A, Bin(NixSyntaxKind.MultiplyExpression, B, C)), "a + b * c" },
        { Bin(NixSyntaxKind.LessThanExpression, Bin(NixSyntaxKind.LessThanExpression, A, B), C), "(a < b) < c" },
        { Bin(NixSyntaxKind.EqualsExpression, Bin(NixSyntaxKind.EqualsExpression, A, B), C), "(a == b) == c" },
        { Bin(NixSyntaxKind.EqualsExpression, Bin(NixSyntaxKind.LessThanExpression, A, B), C), "a < b == c" },
        { Bin(NixSyntaxKind.ImplicationExpression, A, Bin(NixSyntaxKind.ImplicationExpression, B, C)), "a -> b -> c" },
        { Bin(NixSyntaxKind.PipeIntoExpression, Bin(NixSyntaxKind.PipeIntoExpression, A, F), C), "a |> f |> c" },
        { Bin(NixSyntaxKind.PipeIntoExpression, Bin(NixSyntaxKind.PipeFromExpression, F, A), C), "(f <| a) |> c" },
        { Bin(NixSyntaxKind.AddExpression, Lambda("x", A), B), "(x: a) + b" },
        { Bin(NixSyntaxKind.AddExpression, A, If(A, B, C)), "a + (if a then b else c)" },
        { Bin(NixSyntaxKind.AddExpression, Let([], A), B), "(let in\na) + b" },
        { Bin(NixSyntaxKind.AddExpression, With(A, B), C), "(with a; b) + c" },
        { Not(Bin(NixSyntaxKind.AddExpression, A, B)), "!a + b" },
        { Not(Bin(NixSyntaxKind.UpdateExpression, A, B)), "!(a // b)" },
        { Bin(NixSyntaxKind.AddExpression, Not(A), B), "(!a) + b" },
        { Bin(NixSyntaxKind.UpdateExpression, Not(A), B), "!a // b" },
        { Not(Not(A)), "!!a" },
        { Negate(Apply(F, A)), "-f a" },
        { Negate(Select(A, "b")), "-a.b" },
        { Negate(Negate(A)), "- -a" },
        { Negate(Not(A)), "-(!a)" },
        { Negate(Bin(NixSyntaxKind.AddExpression, A, B)), "-(a + b)" },
        { Bin(NixSyntaxKind.SubtractExpression, A, Negate(B)), "a - -b" },
        { HasAttr(Negate(A), "b"), "-a ? b" },
        { HasAttr(HasAttr(A, "b"), "c"), "a ? b ? c" },
        { Apply(F, Negate(IntegerLiteral(1))), "f (-1)" },
        { Apply(F, IntegerLiteral(-1)), "f (-1)" },
        { Apply(F, Apply(F, A)), "f (f a)" },
        { Apply(Apply(F, A), B), "f a b" },
        { Apply(F, A, B, C), "f a b c" },
        { Apply(F, Select(A, "b")), "f a.b" },
        { Apply(Lambda("x", A), B), "(x: a) b" },
        { Select(Apply(F, A), "b"), "(f a).b" },
        { Select(Select(A, "b"), "c"), "(a.b).c" },
        { Select(IntegerLiteral(1), "a"), "1 .a" },
        { SelectOr(A, Apply(F, B), "b"), "a.b or (f b)" },
        { SelectOr(A, SelectOr(B, C, "d"), "b"), "a.b or b.d or c" },
        { List(Apply(F, A), A, Negate(B), Lambda("x", A)), "[\n  (f a)\n  a\n  (-b)\n  (x: a)\n]" },
        { List(A, Select(A, "b")), "[ a a.b ]" },
        { Bin(NixSyntaxKind.DivideExpression, A, PathLiteral("/b")), "a / /b" },
        { Lambda("x", IdentifierName("x")), "x: x" },
        { If(Lambda("x", A), Let([], B), With(A, B)), "if x: a then let in\nb else with a; b" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ParenthesesAppearExactlyWhereNeeded(ExpressionSyntax built, string expected)
    {
        var text = built.NormalizeWhitespace().ToFullString();
        Assert.Equal(expected, text);
        var tree = NixSyntaxTree.ParseText(text);
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        Assert.True(tree.GetRoot().Expression.IsEquivalentTo(built), SExpression.Of(tree.GetRoot().Expression));
    }

    [Theory]
    [InlineData(NixSyntaxKind.AddExpression, ExpressionPrecedence.Additive)]
    [InlineData(NixSyntaxKind.ConcatExpression, ExpressionPrecedence.Concat)]
    [InlineData(NixSyntaxKind.LogicalNotExpression, ExpressionPrecedence.LogicalNot)]
    [InlineData(NixSyntaxKind.LambdaExpression, ExpressionPrecedence.Expression)]
    [InlineData(NixSyntaxKind.ListExpression, ExpressionPrecedence.Primary)]
    [InlineData(NixSyntaxKind.PipeFromExpression, ExpressionPrecedence.Pipe)]
    public void PrecedenceFacts(NixSyntaxKind kind, ExpressionPrecedence expected) => Assert.Equal(expected, SyntaxFacts.GetPrecedence(kind));
}

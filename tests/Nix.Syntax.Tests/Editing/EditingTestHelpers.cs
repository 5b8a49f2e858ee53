using static Nix.Syntax.SyntaxFactory;

namespace Nix.Syntax.Tests.Editing;

/// <summary>Parsing and finding helpers shared by the editing tests.</summary>
internal static class EditingTestHelpers
{
    public static SourceFileSyntax Parse(string text)
    {
        var tree = NixSyntaxTree.ParseText(text);
        Assert.Empty(tree.GetDiagnostics());
        return tree.GetRoot();
    }

    /// <summary>The binding whose attribute path prints as <paramref name="path"/> (the first, in document order).</summary>
    public static AttrPathValueSyntax Binding(SyntaxNode root, string path) =>
        root.DescendantNodes().OfType<AttrPathValueSyntax>().First(b => b.AttrPath.ToString() == path);

    public static IdentifierNameSyntax Id(string name) => IdentifierName(Token(NixSyntaxKind.IdentifierToken, name));

    public static LiteralExpressionSyntax Int(string digits) =>
        LiteralExpression(NixSyntaxKind.IntegerLiteralExpression, Token(NixSyntaxKind.IntegerLiteralToken, digits));

    /// <summary>Parses <paramref name="text"/> as an expression with no surrounding trivia, for use as a replacement.</summary>
    public static ExpressionSyntax Expr(string text) => Parse(text).Expression;
}

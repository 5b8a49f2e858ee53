using Nix.Syntax.Formatting;

namespace Nix.Syntax.Tests.Factory;

/// <summary>The separator table: pairs that would lex as something else when printed with nothing between them.</summary>
public class TokenSeparationTests
{
    [Theory]
    [InlineData(NixSyntaxKind.IdentifierToken, "a", NixSyntaxKind.MinusToken, "-", true)]
    [InlineData(NixSyntaxKind.IdentifierToken, "a", NixSyntaxKind.IdentifierToken, "b", true)]
    [InlineData(NixSyntaxKind.IdentifierToken, "a", NixSyntaxKind.IntegerLiteralToken, "1", true)]
    [InlineData(NixSyntaxKind.IdentifierToken, "a'", NixSyntaxKind.OpenIndentedStringToken, "''", true)]
    [InlineData(NixSyntaxKind.IdentifierToken, "a", NixSyntaxKind.PathToken, "/b", true)]
    [InlineData(NixSyntaxKind.SlashToken, "/", NixSyntaxKind.PathToken, "/b", true)]
    [InlineData(NixSyntaxKind.SlashToken, "/", NixSyntaxKind.IdentifierToken, "b", true)]
    [InlineData(NixSyntaxKind.SlashToken, "/", NixSyntaxKind.MultiLineCommentTrivia, "/* c */", true)]
    [InlineData(NixSyntaxKind.ColonToken, ":", NixSyntaxKind.IdentifierToken, "x", true)]
    [InlineData(NixSyntaxKind.ColonToken, ":", NixSyntaxKind.PathToken, "/x", true)]
    [InlineData(NixSyntaxKind.IntegerLiteralToken, "1", NixSyntaxKind.DotToken, ".", true)]
    [InlineData(NixSyntaxKind.FloatLiteralToken, "1.5", NixSyntaxKind.DotToken, ".", true)]
    [InlineData(NixSyntaxKind.IntegerLiteralToken, "1", NixSyntaxKind.IdentifierToken, "e3", true)]
    [InlineData(NixSyntaxKind.IdentifierToken, "x", NixSyntaxKind.FloatLiteralToken, ".5", true)]
    [InlineData(NixSyntaxKind.PathToken, "./a", NixSyntaxKind.DotToken, ".", true)]
    [InlineData(NixSyntaxKind.PathToken, "./a", NixSyntaxKind.DollarOpenBraceToken, "${", true)]
    [InlineData(NixSyntaxKind.UriToken, "http://a", NixSyntaxKind.CommaToken, ",", true)]
    [InlineData(NixSyntaxKind.PlusToken, "+", NixSyntaxKind.PlusToken, "+", true)]
    [InlineData(NixSyntaxKind.MinusToken, "-", NixSyntaxKind.GreaterThanToken, ">", true)]
    [InlineData(NixSyntaxKind.MinusToken, "-", NixSyntaxKind.MinusToken, "-", true)]
    [InlineData(NixSyntaxKind.MinusToken, "-", NixSyntaxKind.PathToken, "/a", true)]
    [InlineData(NixSyntaxKind.LessThanToken, "<", NixSyntaxKind.BarBarToken, "||", true)]
    [InlineData(NixSyntaxKind.LessThanToken, "<", NixSyntaxKind.IdentifierToken, "b", true)]
    [InlineData(NixSyntaxKind.LessThanToken, "<", NixSyntaxKind.EqualsToken, "=", true)]
    [InlineData(NixSyntaxKind.BarBarToken, "||", NixSyntaxKind.GreaterThanToken, ">", true)]
    [InlineData(NixSyntaxKind.EqualsToken, "=", NixSyntaxKind.EqualsToken, "=", true)]
    [InlineData(NixSyntaxKind.ExclamationToken, "!", NixSyntaxKind.EqualsToken, "=", true)]
    [InlineData(NixSyntaxKind.GreaterThanToken, ">", NixSyntaxKind.EqualsToken, "=", true)]
    [InlineData(NixSyntaxKind.AmpersandAmpersandToken, "&&", NixSyntaxKind.AmpersandAmpersandToken, "&&", true)]
    [InlineData(NixSyntaxKind.DotToken, ".", NixSyntaxKind.EllipsisToken, "...", true)]
    [InlineData(NixSyntaxKind.CloseIndentedStringToken, "''", NixSyntaxKind.OpenIndentedStringToken, "''", true)]
    [InlineData(NixSyntaxKind.IdentifierToken, "a", NixSyntaxKind.DotToken, ".", false)]
    [InlineData(NixSyntaxKind.DotToken, ".", NixSyntaxKind.IdentifierToken, "b", false)]
    [InlineData(NixSyntaxKind.OpenParenToken, "(", NixSyntaxKind.MinusToken, "-", false)]
    [InlineData(NixSyntaxKind.MinusToken, "-", NixSyntaxKind.IdentifierToken, "a", false)]
    [InlineData(NixSyntaxKind.ExclamationToken, "!", NixSyntaxKind.IdentifierToken, "a", false)]
    [InlineData(NixSyntaxKind.IdentifierToken, "a", NixSyntaxKind.SemicolonToken, ";", false)]
    [InlineData(NixSyntaxKind.IdentifierToken, "x", NixSyntaxKind.ColonToken, ":", false)]
    [InlineData(NixSyntaxKind.DollarOpenBraceToken, "${", NixSyntaxKind.IdentifierToken, "x", false)]
    public void PairsThatWouldPasteAreSeparated(NixSyntaxKind leftKind, string left, NixSyntaxKind rightKind, string right, bool expected) =>
        Assert.Equal(expected, TokenSeparation.NeedsSeparator(leftKind, left, rightKind, right));
}

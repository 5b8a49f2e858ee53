namespace Nix.Syntax.Tests.Parsing;

/// <summary>The lexical traps of Nix's lexer.l, token by token.</summary>
public class LexingTests
{
    private static string Tokens(string source) =>
        string.Join(" ", NixSyntaxTree.ParseText(source).GetRoot().DescendantTokens()
            .Where(t => t.Kind != NixSyntaxKind.EndOfFileToken)
            .Select(t => $"{t.Kind}:{t.Text}"));

    [Theory]
    [InlineData("6/2", "PathToken:6/2")]
    [InlineData("a/b", "PathToken:a/b")]
    [InlineData("./a", "PathToken:./a")]
    [InlineData("../a/b.nix", "PathToken:../a/b.nix")]
    [InlineData("/etc/nixos", "PathToken:/etc/nixos")]
    [InlineData("~/x", "HomePathToken:~/x")]
    [InlineData("<nixpkgs/lib>", "SearchPathToken:<nixpkgs/lib>")]
    [InlineData("x:x", "UriToken:x:x")]
    [InlineData("a:b:c", "UriToken:a:b:c")]
    [InlineData("https://example.org/a?b=c&d", "UriToken:https://example.org/a?b=c&d")]
    [InlineData("x-1", "IdentifierToken:x-1")]
    [InlineData("a''", "IdentifierToken:a''")]
    [InlineData("f''x''", "IdentifierToken:f''x''")]
    [InlineData("if-x", "IdentifierToken:if-x")]
    [InlineData("iffy", "IdentifierToken:iffy")]
    [InlineData("inherit'", "IdentifierToken:inherit'")]
    [InlineData("true", "IdentifierToken:true")]
    [InlineData("__curPos", "IdentifierToken:__curPos")]
    [InlineData("42", "IntegerLiteralToken:42")]
    [InlineData("007", "IntegerLiteralToken:007")]
    [InlineData(".5", "FloatLiteralToken:.5")]
    [InlineData("1.", "FloatLiteralToken:1.")]
    [InlineData("1.e5", "FloatLiteralToken:1.e5")]
    [InlineData("2.5E-3", "FloatLiteralToken:2.5E-3")]
    [InlineData("1e3", "IntegerLiteralToken:1 IdentifierToken:e3")]
    [InlineData("1.2.3", "FloatLiteralToken:1.2 FloatLiteralToken:.3")]
    [InlineData("x.5", "IdentifierToken:x FloatLiteralToken:.5")]
    [InlineData("1 .a", "IntegerLiteralToken:1 DotToken:. IdentifierToken:a")]
    [InlineData("0x10", "IntegerLiteralToken:0 IdentifierToken:x10")]
    [InlineData("a /b", "IdentifierToken:a PathToken:/b")]
    [InlineData("a/ 3", "IdentifierToken:a SlashToken:/ IntegerLiteralToken:3")]
    [InlineData("a//b", "IdentifierToken:a SlashSlashToken:// IdentifierToken:b")]
    [InlineData("a<b>c", "IdentifierToken:a SearchPathToken:<b> IdentifierToken:c")]
    [InlineData("a/*c*/b", "IdentifierToken:a IdentifierToken:b")]
    [InlineData("a->b", "IdentifierToken:a- GreaterThanToken:> IdentifierToken:b")]
    [InlineData("a -> b", "IdentifierToken:a MinusGreaterThanToken:-> IdentifierToken:b")]
    [InlineData("a|>b", "IdentifierToken:a BarGreaterThanToken:|> IdentifierToken:b")]
    [InlineData("./a-${x}.nix", "PathToken:./a- DollarOpenBraceToken:${ IdentifierToken:x CloseBraceToken:} PathTextToken:.nix")]
    [InlineData("./${x}", "PathToken:./ DollarOpenBraceToken:${ IdentifierToken:x CloseBraceToken:}")]
    [InlineData("~/${x}/y", "HomePathToken:~/ DollarOpenBraceToken:${ IdentifierToken:x CloseBraceToken:} PathTextToken:/y")]
    [InlineData("\"a$\"", "DoubleQuoteToken:\" StringTextToken:a$ DoubleQuoteToken:\"")]
    [InlineData("\"$${x}\"", "DoubleQuoteToken:\" StringTextToken:$${x} DoubleQuoteToken:\"")]
    [InlineData("\"\\${x}\"", "DoubleQuoteToken:\" StringTextToken:\\${x} DoubleQuoteToken:\"")]
    [InlineData("''a''$b'''c''", "OpenIndentedStringToken:'' IndentedStringTextToken:a''$b'''c CloseIndentedStringToken:''")]
    [InlineData("''\n  x\n''", "OpenIndentedStringToken:''\n IndentedStringTextToken:  x\n CloseIndentedStringToken:''")]
    [InlineData("{ a = \"}\"; }", "OpenBraceToken:{ IdentifierToken:a EqualsToken:= DoubleQuoteToken:\" StringTextToken:} DoubleQuoteToken:\" SemicolonToken:; CloseBraceToken:}")]
    public void TokensAreLexedAsNixLexesThem(string source, string expected)
    {
        Assert.Equal(expected, Tokens(source));
    }

    [Fact]
    public void TriviaFollowsRoslynRule()
    {
        var root = NixSyntaxTree.ParseText("# head\n{ a = 1; # end\n  b = 2;\n}\n").GetRoot();
        var tokens = root.DescendantTokens().ToList();
        var open = tokens[0];
        Assert.Equal(NixSyntaxKind.OpenBraceToken, open.Kind);
        Assert.Equal(new[] { NixSyntaxKind.SingleLineCommentTrivia, NixSyntaxKind.EndOfLineTrivia }, open.LeadingTrivia.Select(t => t.Kind));
        var semicolon = tokens.First(t => t.Kind == NixSyntaxKind.SemicolonToken);
        Assert.Equal(new[] { NixSyntaxKind.WhitespaceTrivia, NixSyntaxKind.SingleLineCommentTrivia, NixSyntaxKind.EndOfLineTrivia },
            semicolon.TrailingTrivia.Select(t => t.Kind));
        var b = tokens.First(t => t.Text == "b");
        Assert.Equal("  ", b.LeadingTrivia.ToFullString());
        var eof = root.EndOfFileToken;
        Assert.Equal(0, eof.Span.Length);
        Assert.Equal(root.FullSpan.End, eof.Span.Start);
    }

    [Fact]
    public void DocumentationCommentsAreTheirOwnTrivia()
    {
        var root = NixSyntaxTree.ParseText("{ /** doc */ a = 1; /**/ b = 2; /*** c */ c = 3; }").GetRoot();
        var kinds = root.DescendantTrivia().Where(t => SyntaxFacts.IsComment(t.Kind)).Select(t => t.Kind).ToList();
        Assert.Equal(new[] { NixSyntaxKind.DocumentationCommentTrivia, NixSyntaxKind.MultiLineCommentTrivia, NixSyntaxKind.MultiLineCommentTrivia }, kinds);
    }
}

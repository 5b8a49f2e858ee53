using static Nix.Syntax.SyntaxFactory;

namespace Nix.Syntax.Tests.Factory;

/// <summary>The layout NormalizeWhitespace gives, in nixfmt's style, and the comments it keeps.</summary>
public class NormalizeWhitespaceTests
{
    [Fact]
    public void K3sModuleLaysOutLikeNixfmt()
    {
        var module = Lambda(["config", "lib", "pkgs"], ellipsis: true,
            Let([Binding("cfg", Select(IdentifierName("config"), "services", "k3s"))],
                AttrSet(
                    Binding(["services", "k3s", "enable"], True),
                    Binding(["services", "k3s", "role"], StringLiteral("server")),
                    Binding(["services", "k3s", "extraFlags"], List(StringLiteral("--disable=traefik"), StringLiteral("--node-label=k3s.io/role=x"))),
                    Binding("labels", AttrSet(Binding("k3s.io/role", StringLiteral("agent")))),
                    Binding("empty", AttrSet()),
                    Binding("none", List()),
                    Inherit("lib"),
                    Binding("ports", List(IntegerLiteral(6443), IntegerLiteral(10250))))));
        const string expected = """
            { config, lib, pkgs, ... }:
            let
              cfg = config.services.k3s;
            in
            {
              services.k3s.enable = true;
              services.k3s.role = "server";
              services.k3s.extraFlags = [ "--disable=traefik" "--node-label=k3s.io/role=x" ];
              labels = {
                "k3s.io/role" = "agent";
              };
              empty = { };
              none = [ ];
              inherit lib;
              ports = [ 6443 10250 ];
            }
            """;
        Assert.Equal(expected, module.NormalizeWhitespace().ToFullString());
    }

    [Fact]
    public void ListsBreakWhenElementsAreNotTrivialOrTooWide()
    {
        Assert.Equal("[\n  (f a)\n  { }\n]", List(Apply(IdentifierName("f"), IdentifierName("a")), AttrSet()).NormalizeWhitespace().ToFullString());
        Assert.Equal("[ (f a) b ]", List(Apply(IdentifierName("f"), IdentifierName("a")), IdentifierName("b")).NormalizeWhitespace().ToFullString());
        var wide = List(Enumerable.Range(0, 30).Select(i => (ExpressionSyntax)StringLiteral("item" + i)).ToArray()).NormalizeWhitespace().ToFullString();
        Assert.StartsWith("[\n  \"item0\"\n  \"item1\"\n", wide);
    }

    [Fact]
    public void OperatorsLambdasAndKeywordsAreSpaced()
    {
        var expression = Lambda("x", With(IdentifierName("pkgs"),
            If(Binary(NixSyntaxKind.EqualsExpression, IdentifierName("x"), Null), AssertExpression(True, IdentifierName("x")), IdentifierName("y"))));
        Assert.Equal("x: with pkgs; if x == null then assert true;\nx else y", expression.NormalizeWhitespace().ToFullString());
    }

    [Fact]
    public void CommentsAreKept()
    {
        var leading = TriviaList(Comment("# managed by K3s.Modules"));
        var trailing = TriviaList(Space, Comment("# the role"));
        var binding = AttrPathValue(AttrPath("role"), Token(NixSyntaxKind.EqualsToken), StringLiteral("server"),
            Token(default, NixSyntaxKind.SemicolonToken, trailing));
        var set = AttrSetExpression(default, Token(leading, NixSyntaxKind.OpenBraceToken, default), List<BindingSyntax>([binding]),
            Token(TriviaList(BlockComment(" end ")), NixSyntaxKind.CloseBraceToken, default));
        Assert.Equal("# managed by K3s.Modules\n{\n  role = \"server\"; # the role\n  /* end */\n}", set.NormalizeWhitespace().ToFullString());
    }

    [Fact]
    public void ParsedTextIsReformatted()
    {
        var root = NixSyntaxTree.ParseText("{a=1;  b = [1 2];# c\nc=x: x;d=./a;e=a.b or  c;}").GetRoot();
        Assert.Equal("{\n  a = 1;\n  b = [ 1 2 ]; # c\n  c = x: x;\n  d = ./a;\n  e = a.b or c;\n}", root.NormalizeWhitespace().ToFullString());
    }

    [Fact]
    public void IndentationAndLineEndsAreOptions()
    {
        var set = AttrSet(Binding("a", AttrSet(Binding("b", IntegerLiteral(1)))));
        Assert.Equal("{\r\n\ta = {\r\n\t\tb = 1;\r\n\t};\r\n}", set.NormalizeWhitespace("\t", "\r\n").ToFullString());
        Assert.Throws<ArgumentException>(() => set.NormalizeWhitespace("x"));
    }

    [Fact]
    public void InterpolationsAndStringsGetNoWhitespace()
    {
        var s = StringExpression(NixSyntaxKind.StringExpression, Token(NixSyntaxKind.DoubleQuoteToken),
            List<InterpolatedPartSyntax>([StringText(Token(NixSyntaxKind.StringTextToken, "v")), Interpolation(Select(IdentifierName("a"), "b"))]),
            Token(NixSyntaxKind.DoubleQuoteToken));
        Assert.Equal("\"v${a.b}\"", s.NormalizeWhitespace().ToFullString());
        var binding = Binding(AttrPath([AttrName("x"), DynamicAttrName(IdentifierName("n"))]), s);
        Assert.Equal("x.${n} = \"v${a.b}\";", binding.NormalizeWhitespace().ToFullString());
    }
}

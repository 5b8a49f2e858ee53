namespace Nix.Syntax.Tests.Factory;

/// <summary>Attribute names are quoted exactly when Nix needs it; identifiers are checked.</summary>
public class NameTests
{
    [Theory]
    [InlineData("k3s-token", "k3s-token")]
    [InlineData("a'", "a'")]
    [InlineData("or", "or")]
    [InlineData("_x", "_x")]
    [InlineData("enable", "enable")]
    [InlineData("true", "true")]
    [InlineData("k3s.io/role", "\"k3s.io/role\"")]
    [InlineData("io.containerd.grpc.v1.cri", "\"io.containerd.grpc.v1.cri\"")]
    [InlineData("lxc*", "\"lxc*\"")]
    [InlineData("a.b", "\"a.b\"")]
    [InlineData("if", "\"if\"")]
    [InlineData("then", "\"then\"")]
    [InlineData("else", "\"else\"")]
    [InlineData("in", "\"in\"")]
    [InlineData("inherit", "\"inherit\"")]
    [InlineData("rec", "\"rec\"")]
    [InlineData("let", "\"let\"")]
    [InlineData("with", "\"with\"")]
    [InlineData("assert", "\"assert\"")]
    [InlineData("1x", "\"1x\"")]
    [InlineData("-x", "\"-x\"")]
    [InlineData("'a", "\"'a\"")]
    [InlineData("", "\"\"")]
    [InlineData("a b", "\"a b\"")]
    [InlineData("${x}", "\"\\${x}\"")]
    [InlineData("é", "\"é\"")]
    public void AttrNameQuotesExactlyWhenNeeded(string name, string expected)
    {
        var attrName = SyntaxFactory.AttrName(name);
        Assert.Equal(expected, attrName.ToFullString());
        Assert.Equal(expected.StartsWith('"'), SyntaxFactory.NeedsQuotes(name));
        Assert.Equal(expected.StartsWith('"'), attrName is StringAttrNameSyntax);
    }

    [Fact]
    public void AttrPathJoinsNamesWithDots()
    {
        var path = SyntaxFactory.AttrPath("services", "k3s", "extraFlags", "k3s.io/role");
        Assert.Equal("services.k3s.extraFlags.\"k3s.io/role\"", path.ToFullString());
        var binding = SyntaxFactory.Binding(["services", "k3s", "enable"], SyntaxFactory.True);
        Assert.Equal("services.k3s.enable=true;", binding.ToFullString());
        var parsed = NixSyntaxTree.ParseText("{ services.k3s.enable = true; }").GetRoot().Expression;
        Assert.True(parsed.IsEquivalentTo(SyntaxFactory.AttrSet(binding)));
    }

    [Theory]
    [InlineData("if")]
    [InlineData("or")]
    [InlineData("1x")]
    [InlineData("a.b")]
    [InlineData("")]
    public void IdentifierRejectsWhatIsNotAVariable(string name)
    {
        Assert.Throws<ArgumentException>(() => SyntaxFactory.Identifier(name));
        Assert.Throws<ArgumentException>(() => SyntaxFactory.IdentifierName(name));
    }

    [Fact]
    public void InheritQuotesWhatIsNotAnIdentifier()
    {
        Assert.Equal("inherit a \"if\";", SyntaxFactory.Inherit("a", "if").NormalizeWhitespace().ToFullString());
        Assert.Equal("inherit (pkgs) hello;",
            SyntaxFactory.InheritFrom(SyntaxFactory.IdentifierName("pkgs"), "hello").NormalizeWhitespace().ToFullString());
    }
}

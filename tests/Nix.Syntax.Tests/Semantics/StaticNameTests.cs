namespace Nix.Syntax.Tests.Semantics;

/// <summary>Static attribute names and literal values, as Nix's parser computes them.</summary>
public class StaticNameTests
{
    [Theory]
    [InlineData("x.a", "a")]
    [InlineData("x.or", "or")]
    [InlineData("x.\"a b\"", "a b")]
    [InlineData("x.\"a\\nb\"", "a\nb")]
    [InlineData("x.\"\"", "")]
    [InlineData("x.${\"a\"}", "a")]
    [InlineData("x.${(\"a\")}", "a")]
    [InlineData("x.${''a''}", "a")]
    [InlineData("x.${''${\"a\"}''}", "a")]
    [InlineData("x.${''''}", "")]
    [InlineData("x.${http://x}", "http://x")]
    [InlineData("x.\"${\"a\"}\"", null)]
    [InlineData("x.${''a''$''}", null)]
    [InlineData("x.${y}", null)]
    [InlineData("x.\"a${y}\"", null)]
    [InlineData("x.${\"a\" + \"b\"}", null)]
    public void StaticNameIsNixs(string source, string? expected)
    {
        var select = Assert.IsType<SelectExpressionSyntax>(NixSyntaxTree.ParseText(source).GetRoot().Expression);
        Assert.Equal(expected, select.AttrPath.Names[0].GetStaticName());
    }

    [Fact]
    public void PathNamesHaveNullWhereDynamic()
    {
        var select = Assert.IsType<SelectExpressionSyntax>(NixSyntaxTree.ParseText("x.a.${y}.\"c\".${\"d\"}").GetRoot().Expression);
        Assert.Equal(["a", null, "c", "d"], select.AttrPath.GetStaticNames());
        Assert.Null(select.AttrPath.GetStaticNamesIfAllStatic());
        var all = Assert.IsType<SelectExpressionSyntax>(NixSyntaxTree.ParseText("x.a.\"b\"").GetRoot().Expression);
        Assert.Equal(["a", "b"], all.AttrPath.GetStaticNamesIfAllStatic()!);
    }

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("007", 7L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void IntegerValues(string source, long expected)
    {
        Assert.True(Literal(source).TryGetInteger(out var value) && !Literal(source).TryGetFloat(out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("1.", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1.e3", 1000.0)]
    [InlineData("0.0", 0.0)]
    [InlineData("2.5E-3", 0.0025)]
    [InlineData("1.7976931348623157e308", double.MaxValue)]
    public void FloatValues(string source, double expected)
    {
        Assert.True(Literal(source).TryGetFloat(out var value) && !Literal(source).TryGetInteger(out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("1.0e999")]
    [InlineData("1.0e-400")]
    [InlineData("1.0e-310")]
    public void OutOfRangeLiteralsHaveNoValue(string source) =>
        Assert.False(Literal(source).TryGetInteger(out _) || Literal(source).TryGetFloat(out _));

    private static LiteralExpressionSyntax Literal(string source) =>
        Assert.IsType<LiteralExpressionSyntax>(NixSyntaxTree.ParseText(source).GetRoot().Expression);
}

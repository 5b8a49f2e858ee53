using System.Globalization;
using System.Text.Json;
using Nix.Syntax.Tests.Differential;
using static Nix.Syntax.SyntaxFactory;

namespace Nix.Syntax.Tests.Factory;

/// <summary>Literals written by the factory read back as exactly the value given, per Nix itself where it is installed.</summary>
public class LiteralTests
{
    public static readonly string[] StringValues =
    [
        "", "plain", "quote \" here", "back\\slash", "${x}", "$${x}", "\\${x}", "$", "a$", "$$", "${", "$\\", "\n", "\r", "\r\n",
        "\t", "tab\there", "line1\nline2\n", "''", "'", "é ✓ 😀", "#not a comment", "/* nor this */", "\\n", "$\"", "a'b''c",
    ];

    public static readonly string[][] IndentedValues =
    [
        [], [""], ["a"], ["a", "b"], ["  indented", "not"], ["  both", "  indented"], ["   "], ["", "", "x"], ["a''b"], ["''"],
        ["'''"], ["${x}"], ["''${x}"], ["'${x}"], ["$"], ["a$"], ["'"], ["a'"], ["'$"], ["$'"], ["\ttab"], ["cr\r"], ["'\r"],
        ["\\n stays"], ["$${x}"], ["''\\x"], ["#!/bin/sh", "echo \"${HOME}\""], [" '"], ["''''"],
    ];

    [Theory]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("${x}", "\"\\${x}\"")]
    [InlineData("$x $", "\"$x $\"")]
    [InlineData("a\nb\r\tc", "\"a\\nb\\r\\tc\"")]
    public void StringLiteralEscapes(string value, string expected) => Assert.Equal(expected, StringLiteral(value).ToFullString());

    [Fact]
    public void IndentedStringEscapes()
    {
        var text = IndentedString("a''b", "${x}", "  lead", "end$", "'${y}", "").ToFullString();
        Assert.Equal("''\n  a'''b\n  ''${x}\n  ''\\  lead\n  end$\n  ''\\'''${y}\n\n''", text);
    }

    [Fact]
    public void StringsParseBackAsBuilt()
    {
        foreach (var value in StringValues) AssertParsesBack(StringLiteral(value));
        foreach (var lines in IndentedValues) AssertParsesBack(IndentedString(lines));
    }

    [NixInstalledFact]
    public void StringsCookToTheirValueInNix()
    {
        var actual = EvalStrings(StringValues.Select(StringLiteral));
        Assert.Equal(StringValues, actual);
    }

    [NixInstalledFact]
    public void IndentedStringsCookToTheirLinesInNix()
    {
        var actual = EvalStrings(IndentedValues.Select(IndentedString));
        var expected = IndentedValues.Select(lines => string.Concat(lines.Select(l => l + "\n"))).ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(42L, "42")]
    [InlineData(-1L, "-1")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    [InlineData(long.MinValue, "-9223372036854775807 - 1")]
    public void IntegerLiterals(long value, string expected) => Assert.Equal(expected, IntegerLiteral(value).NormalizeWhitespace().ToFullString());

    [NixInstalledFact]
    public void IntegersEvaluateToTheirValueInNix()
    {
        long[] values = [0, 1, -1, 1234567890123, long.MaxValue, long.MinValue, long.MinValue + 1];
        var list = List(values.Select(IntegerLiteral).ToArray()).NormalizeWhitespace().ToFullString();
        var json = JsonSerializer.Deserialize<long[]>(NixInstantiate.EvalJson(list));
        Assert.Equal(values, json);
    }

    [Theory]
    [InlineData(0.0, "0.0")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.5, "1.5")]
    [InlineData(123456.789, "123456.789")]
    [InlineData(1e-7, "1.0e-7")]
    [InlineData(1.5e300, "1.5e300")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(double.MaxValue, "1.7976931348623157e308")]
    [InlineData(2.2250738585072014e-308, "2.2250738585072014e-308")]
    public void FloatLiterals(double value, string expected) => Assert.Equal(expected, FloatLiteral(value).NormalizeWhitespace().ToFullString());

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.Epsilon)]
    public void FloatLiteralRejectsWhatNixCannotRead(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FloatLiteral(value));

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool FloatsMatchNixsRuleAndReadBack(double value)
    {
        if (!double.IsFinite(value) || double.IsSubnormal(value)) return true;
        var literal = FloatLiteral(Math.Abs(value));
        var text = ((LiteralExpressionSyntax)literal).Token.Text;
        return SyntaxFactory.FloatRule.IsMatch(text) && double.Parse(text, CultureInfo.InvariantCulture) == Math.Abs(value);
    }

    [NixInstalledFact]
    public void FloatsAreAcceptedByNix()
    {
        double[] values = [0.0, 0.1, 1e-7, 1.5e300, double.MaxValue, 2.2250738585072014e-308, 123456.789, -3.25];
        var list = List(values.Select(FloatLiteral).ToArray()).NormalizeWhitespace().ToFullString();
        var json = JsonSerializer.Deserialize<double[]>(NixInstantiate.EvalJson(list));
        Assert.Equal(values.Length, json!.Length);
    }

    [Theory]
    [InlineData("./a")]
    [InlineData("../a/b.nix")]
    [InlineData("/etc/rancher/k3s")]
    [InlineData("a/b")]
    [InlineData("~/x")]
    [InlineData("./a-1.2+b_c")]
    public void PathsAreValidated(string path)
    {
        var expression = PathLiteral(path);
        Assert.Equal(path, expression.ToFullString());
        AssertParsesBack(expression);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("./a/")]
    [InlineData("./a b")]
    [InlineData("./a//b")]
    [InlineData("~")]
    [InlineData("<nixpkgs>")]
    [InlineData("./${x}")]
    public void NonPathsAreRejected(string path) => Assert.Throws<ArgumentException>(() => PathLiteral(path));

    [Fact]
    public void BooleansAndNullAreVariables()
    {
        Assert.Equal("true", True.ToFullString());
        Assert.Equal("false", False.ToFullString());
        Assert.Equal("null", Null.ToFullString());
        Assert.Equal(NixSyntaxKind.IdentifierExpression, Null.Kind);
    }

    private static void AssertParsesBack(ExpressionSyntax built)
    {
        var text = built.NormalizeWhitespace().ToFullString();
        var tree = NixSyntaxTree.ParseText(text);
        Assert.Empty(tree.GetDiagnostics());
        Assert.True(tree.GetRoot().Expression.IsEquivalentTo(built), text);
    }

    private static List<string> EvalStrings(IEnumerable<ExpressionSyntax> strings)
    {
        var list = List(strings.ToArray()).NormalizeWhitespace().ToFullString();
        return JsonSerializer.Deserialize<List<string>>(NixInstantiate.EvalJson(list))!;
    }

    [Theory]
    [InlineData("a$", true, "a\\$")]
    [InlineData("a$", false, "a$")]
    [InlineData("${x}", false, "\\${x}")]
    [InlineData("q\"\\", false, "q\\\"\\\\")]
    public void EscapeStringTextEscapesALastDollarOnlyBeforeAnInterpolation(string cooked, bool beforeInterpolation, string expected)
    {
        string text = EscapeStringText(cooked, beforeInterpolation);
        Assert.Equal(expected, text);
        // Followed by an interpolation, the part still cooks to itself.
        var tree = NixSyntaxTree.ParseText("\"" + text + (beforeInterpolation ? "${y}" : "") + "\"");
        Assert.Empty(tree.GetDiagnostics());
        var parts = ((StringExpressionSyntax)tree.GetRoot().Expression).GetCookedParts();
        Assert.Equal(cooked, parts.First().Text);
    }

    [Theory]
    [InlineData("plain\n", false, "plain\n")]
    [InlineData("a''b\n", false, "a'''b\n")]
    [InlineData("${x}\n", false, "''${x}\n")]
    [InlineData("'${x}\n", false, "''\\'''${x}\n")]
    [InlineData("'$x\n", false, "'$x\n")]
    [InlineData("cost $", true, "cost ''$")]
    [InlineData("cost $", false, "cost $")]
    [InlineData("it's '$", true, "it's ''\\'''$")]
    [InlineData("cr\r\n", false, "cr''\\r\n")]
    [InlineData("'\r\n", false, "''\\'''\\r\n")]
    public void EscapeIndentedStringTextCooksBackToItsPart(string value, bool beforeInterpolation, string expected)
    {
        string text = EscapeIndentedStringText(value, beforeInterpolation);
        Assert.Equal(expected, text);
        // Between the quotes (and before an interpolation when asked), the part cooks to itself: the text has no
        // indentation, so Nix strips none.
        var source = "''" + text + (beforeInterpolation ? "${y}\n" : "") + "''";
        var tree = NixSyntaxTree.ParseText(source);
        Assert.Empty(tree.GetDiagnostics());
        var parts = ((StringExpressionSyntax)tree.GetRoot().Expression).GetCookedParts();
        Assert.Equal(value, parts.First().Text);
    }

    [Fact]
    public void EscapesReturnTextThatNeedsNoEscapeAsItIs()
    {
        const string plain = "net.ipv4.ip_forward";
        Assert.Same(plain, EscapeStringText(plain));
        Assert.Same(plain, EscapeIndentedStringText(plain));
    }
}

using Nix.Syntax.Diagnostics;

namespace Nix.Syntax.Tests.Parsing;

/// <summary>Every diagnostic the parser reports: its id, severity, position (one-based) and message.</summary>
public class DiagnosticTests
{
    [Theory]
    [InlineData("{ a = 1 b = 2; }", "error NIX1002 1:8 Expected ';' before identifier 'b'")]
    [InlineData("{ xyz = foo.; c = 3; }", "error NIX1001 1:13 Unexpected ';'; expected an attribute name")]
    [InlineData("{ a = 1; ", "error NIX1001 1:10 Unexpected end of file; expected a binding or '}'")]
    [InlineData("[ -1 ]", "error NIX1001 1:3 Unexpected '-'; expected an expression or ']'")]
    [InlineData("\"abc", "error NIX1003 1:1 Unterminated string: the file ends before its closing '\"'")]
    [InlineData("''abc", "error NIX1003 1:1 Unterminated indented string: the file ends before its closing ''")]
    [InlineData("a & b", "error NIX1004 1:3 Invalid character '&'")]
    [InlineData("é", "error NIX1004 1:1 Invalid character 'é'")]
    [InlineData("./foo/", "error NIX1006 1:1 Path './foo/' has a trailing slash")]
    [InlineData("9223372036854775808", "error NIX1007 1:1 Invalid integer '9223372036854775808': larger than 9223372036854775807")]
    [InlineData("1.0e999", "error NIX1008 1:1 Invalid float '1.0e999': out of range")]
    [InlineData("1.0e-400", "error NIX1008 1:1 Invalid float '1.0e-400': out of range")]
    [InlineData("a < b < c", "error NIX1009 1:7 Operator '<' cannot follow '<' without parentheses: comparisons do not chain")]
    [InlineData("a == b != c", "error NIX1009 1:8 Operator '!=' cannot follow '==' without parentheses: comparisons do not chain")]
    [InlineData("a <| b |> c", "error NIX1010 1:8 '|>' and '<|' cannot be mixed without parentheses")]
    [InlineData("\uFEFF1", "error NIX1011 1:1 The file starts with a byte order mark (U+FEFF), which Nix does not accept")]
    [InlineData("\"a\0b\"", "error NIX1013 1:3 A NUL character is not allowed in Nix source")]
    [InlineData("f or", "warning NIX2001 1:3 'or' is used as a variable here ('f or' applies f to a variable named 'or'); Nix 2.25 and later warn about this")]
    [InlineData("{ a = 1; a = 2; }", "error NIX3001 1:10 Attribute 'a' already defined at 1:3")]
    [InlineData("{ a, a }: a", "error NIX3002 1:6 Duplicate formal function argument 'a'")]
    [InlineData("let ${x} = 1; in 1", "error NIX3003 1:5 Dynamic attributes not allowed in let")]
    [InlineData("{ inherit ${x}; }", "error NIX3004 1:11 Dynamic attributes not allowed in inherit")]
    [InlineData("a |> f", "warning NIX2002 1:3 '|>' needs Nix's experimental feature 'pipe-operators' (Nix 2.24 and later)")]
    public void DiagnosticIsExactlyThis(string source, string expected)
    {
        var diagnostics = NixSyntaxTree.ParseText(source).GetDiagnostics();
        // The first diagnostic with the expected id; it must also be the first of its severity.
        var d = Assert.Single(diagnostics, x => x.Id == expected.Split(' ')[1] && x == diagnostics.First(y => y.Id == x.Id));
        Assert.Equal(d, diagnostics.First(x => x.Severity == d.Severity));
        Assert.Equal(expected, $"{d.Severity.ToString().ToLowerInvariant()} {d.Id} {d.Location.Line}:{d.Location.Column} {d.Message}");
    }

    [Fact]
    public void EveryDescriptorIsCoveredByAGolden()
    {
        var covered = typeof(DiagnosticTests).GetMethod(nameof(DiagnosticIsExactlyThis))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => ((string)a.GetData(null!).First()[1]).Split(' ')[1]).ToHashSet();
        covered.Add(NixDiagnostics.NestingTooDeep.Id); // HostileInputTests
        covered.Add(NixDiagnostics.InvalidUtf8.Id);    // HostileInputTests
        Assert.All(NixDiagnostics.All, d => Assert.Contains(d.Id, covered));
    }

    [Fact]
    public void MissingSemicolonKeepsBothBindings()
    {
        var tree = NixSyntaxTree.ParseText("{ a = 1 b = 2; }");
        var set = Assert.IsType<AttrSetExpressionSyntax>(tree.GetRoot().Expression);
        Assert.Equal(["a", "b"], set.Bindings.Cast<AttrPathValueSyntax>().Select(b => b.AttrPath.ToString()));
        Assert.True(((AttrPathValueSyntax)set.Bindings[0]).SemicolonToken.IsMissing);
        Assert.Equal("2", ((AttrPathValueSyntax)set.Bindings[1]).Value.ToString());
        Assert.Single(tree.GetDiagnostics());
    }

    [Fact]
    public void DanglingDotKeepsTheNextBinding()
    {
        var tree = NixSyntaxTree.ParseText("{ xyz = foo.; c = 3; }");
        var set = Assert.IsType<AttrSetExpressionSyntax>(tree.GetRoot().Expression);
        var bindings = set.Bindings.Cast<AttrPathValueSyntax>().ToList();
        Assert.Equal(["xyz", "c"], bindings.Select(b => b.AttrPath.ToString()));
        Assert.Equal("3", bindings[1].Value.ToString());
        Assert.False(set.CloseBraceToken.IsMissing);
        Assert.Single(tree.GetDiagnostics());
    }

    [Fact]
    public void PositionsCountUtf16UnitsAfterNonAscii()
    {
        // 😀 is two UTF-16 units; é is one. Columns and spans count units, as Roslyn does.
        var text = "# 😀 é\n{ a = \"😀\"; b = 1 & 2; }";
        var tree = NixSyntaxTree.ParseText(text);
        var b = tree.GetRoot().DescendantTokens().First(t => t.Text == "b");
        Assert.Equal(text.IndexOf(" b ", StringComparison.Ordinal) + 1, b.SpanStart);
        var location = b.GetLocation().GetLineSpan().StartLinePosition;
        Assert.Equal(1, location.Line);
        Assert.Equal(12, location.Character);
        var d = Assert.Single(tree.GetDiagnostics());
        Assert.Equal(2, d.Location.Line);
        Assert.Equal(NixDiagnostics.InvalidCharacter.Id, d.Id);
        Assert.Equal(text.IndexOf('&') - text.IndexOf('\n'), d.Location.Column);
    }

    [Fact]
    public void LinesEndAtCrLfAndLoneCr()
    {
        var tree = NixSyntaxTree.ParseText("a\r\nb\rc\nd");
        var lines = tree.GetRoot().DescendantTokens().Where(t => t.Text.Length == 1)
            .Select(t => t.GetLocation().GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal([0, 1, 2, 3], lines);
    }
}

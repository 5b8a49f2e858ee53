using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nix.Syntax.Semantics;
using Nix.Syntax.Tests.Differential;

namespace Nix.Syntax.Tests.Semantics;

/// <summary>
/// Cooked string values: escapes and indentation stripping exactly as Nix does them, checked against
/// <c>nix-instantiate --eval</c> on fixed tricky cases and on random string contents.
/// </summary>
public class StringValueTests
{
    /// <summary>Source of a string expression, and its value as Nix 2.8 evaluates it.</summary>
    public static TheoryData<string, string> Cases() => new()
    {
        { "\"a\\nb\\tc\\rd\"", "a\nb\tc\rd" },
        { "\"a\\qb\"", "aqb" },
        { "\"$${x}\"", "$${x}" },
        { "\"\\${x}\"", "${x}" },
        { "\"a\r\nb\"", "a\nb" },
        { "\"a\rb\"", "a\nb" },
        { "\"a\\\r\nb\"", "a\r\nb" },
        { "\"\\\\\"", "\\" },
        { "\"a$\"", "a$" },
        { "\"\"", "" },
        { "''\n  a\n    b\n  ''", "a\n  b\n" },
        { "''\n\ta\n\tb''", "\ta\n\tb" },
        { "''\n  \ta\n  b''", "\ta\nb" },
        { "''a''$b''", "a$b" },
        { "''a'''b''", "a''b" },
        { "''a''\\nb''", "a\nb" },
        { "''  a\r\n  b''", "a\r\nb" },
        { "''\r\n  a''", "\r\n  a" },
        { "''$${x}''", "$${x}" },
        { "''\n  a\n  ''", "a\n" },
        { "''   \n  a''", "a" },
        { "''\n    ''$x\n  y''", "  $x\ny" },
        { "''\n  ''\\ b\n  c''", "\\ b\nc".Replace("\\ ", " ") },
        { "''\n\n  a\n\n  b\n''", "\na\n\nb\n" },
        { "''''", "" },
        { "''a'b'c''", "a'b'c" },
        { "''\\n''", "\\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValueIsNixs(string source, string expected) => Assert.Equal(expected, Parse(source).GetValueText());

    [Fact]
    public void InterpolationsSplitTheCookedParts()
    {
        var parts = Parse("''\n    a ${x}\n  b\\n''").GetCookedParts();
        Assert.Equal(["  a ", "${x}", "\nb\\n"], parts.Select(p => p.ToString()));
        Assert.Null(Parse("\"a${x}\"").GetValueText());
        Assert.Equal(["a\n", "${x}"], Parse("\"a\\n${x}\"").GetCookedParts().Select(p => p.ToString()));
        Assert.Empty(Parse("\"\"").GetCookedParts());
    }

    [NixInstalledFact]
    public void FixedCasesAgreeWithNix()
    {
        var sources = Cases().Select(row => (string)row[0]).Concat(
        [
            "''\n  a ${\"X\"}\n    b''", "''\n    ${\"X\"}\n  b''", "''${\"X\"}  \n  ''", "\"a${\"X\"}\\n\"", "''\n  a\n ''\\t b''",
        ]).ToList();
        AssertAgreesWithNix(sources);
    }

    [NixInstalledFact]
    public void RandomDoubleQuotedContentsAgreeWithNix() =>
        AssertAgreesWithNix(RandomStrings(DoubleQuotedBody().Select(body => "\"" + body + "\"")));

    [NixInstalledFact]
    public void RandomIndentedContentsAgreeWithNix() =>
        AssertAgreesWithNix(RandomStrings(Gen.Elements("''", "''\n", "''  \n", "''\r\n").SelectMany(open => IndentedBody().Select(body => open + body + "''"))));

    /// <summary>Escaping any text as a <c>"…"</c> literal and reading it back gives the text: no oracle needed.</summary>
    [Property(MaxTest = 500)]
    public Property EscapedTextCooksBackToItself() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements("a", " ", "\n", "\r", "\t", "\\", "\"", "$", "{", "${", "$${", "'", "é")).Select(string.Concat).ToArbitrary(), text =>
        {
            var escaped = text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("${", "\\${").Replace("\r", "\\r");
            var tree = NixSyntaxTree.ParseText("\"" + escaped + "\"");
            return (!tree.HasErrors && ((StringExpressionSyntax)tree.GetRoot().Expression).GetValueText() == text).Label(escaped);
        });

    private static Gen<string> DoubleQuotedBody() => Gen.ListOf(Gen.Elements(
        "a", " ", "\t", "\n", "\r", "\r\n", "$", "$$", "{", "}", "\\n", "\\r", "\\t", "\\\\", "\\\"", "\\$", "\\${", "$${", "'",
        "\\\r\n", "\\\n", "\\q", "${x}", "é")).Select(string.Concat);

    private static Gen<string> IndentedBody() => Gen.ListOf(Gen.Elements(
        "a", " ", "  ", "    ", "\t", "\n", "\n", "\r\n", "\r", "$", "$$", "{", "}", "'", "''$", "'''", "''\\n", "''\\ ", "''\\\t",
        "''\\\\", "''\\\r\n", "$${", "''${", "\\", "\"", "${x}", "x ", "'a", "é")).Select(string.Concat);

    /// <summary>
    /// Samples that parse, on their own, into one string with no diagnostic, whose interpolations are all of the
    /// one variable the evaluated file binds (`x`): the pieces can also join into `${a}` or `${a a}`, which Nix
    /// rejects as an undefined variable, while the comparison reads every interpolation as `x`.
    /// </summary>
    private static List<string> RandomStrings(Gen<string> gen) =>
        gen.Sample(1500, 12).Where(source =>
        {
            var tree = NixSyntaxTree.ParseText(source);
            return tree.GetDiagnostics().Count == 0 && tree.GetRoot().Expression is StringExpressionSyntax
                && tree.GetRoot().DescendantNodes().OfType<InterpolationSyntax>().All(i => i.Expression is IdentifierNameSyntax { Identifier.Text: "x" });
        }).Distinct().ToList();

    /// <summary>Evaluates all <paramref name="sources"/> in one Nix list and compares each with our cooked parts.</summary>
    private static void AssertAgreesWithNix(IReadOnlyList<string> sources)
    {
        Assert.True(sources.Count > 20, $"only {sources.Count} samples");
        var file = Path.Combine(Directory.CreateTempSubdirectory("nixk3s-strings-").FullName, "strings.nix");
        try
        {
            File.WriteAllText(file, "let x = \"X\"; in [\n" + string.Concat(sources.Select(s => "(" + s + ")\n")) + "]\n", new UTF8Encoding(false));
            string[] expected;
            try
            {
                expected = JsonSerializer.Deserialize<string[]>(NixInstantiate.EvalFileJson(file))!;
            }
            catch (InvalidOperationException)
            {
                // Seen on CI: Nix rejected a whole batch ("undefined variable 'a'"); the cause was a sample whose
                // pieces joined into `${a}`, which RandomStrings now leaves out. Should a batch still fail, ask Nix
                // about each sample alone: a real disagreement still fails below, with the sample named.
                expected = sources.Select(EvalOne).ToArray();
            }
            Assert.Equal(sources.Count, expected.Length);
            var disagreements = sources.Select((s, i) => (Source: s, Nix: expected[i], Ours: Ours(s)))
                .Where(x => x.Nix != x.Ours)
                .Select(x => $"{JsonSerializer.Serialize(x.Source)}: Nix {JsonSerializer.Serialize(x.Nix)}, ours {JsonSerializer.Serialize(x.Ours)}")
                .ToList();
            Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    private static string EvalOne(string source)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("nixk3s-string-").FullName, "string.nix");
        try
        {
            File.WriteAllText(file, "let x = \"X\"; in [ (" + source + ") ]\n", new UTF8Encoding(false));
            return JsonSerializer.Deserialize<string[]>(NixInstantiate.EvalFileJson(file))![0];
        }
        catch (InvalidOperationException e)
        {
            return "<Nix rejects it: " + e.Message.Split('\n')[0] + ">";
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    /// <summary>Our value, with each interpolation (of a constant, or of <c>x</c>, which is "X") replaced by its value.</summary>
    private static string Ours(string source) =>
        string.Concat(Parse(source).GetCookedParts().Select(p => p.Text ?? (p.Interpolation!.Expression is IdentifierNameSyntax ? "X" : ConstantString.Of(p.Interpolation.Expression))));

    private static StringExpressionSyntax Parse(string source)
    {
        var tree = NixSyntaxTree.ParseText(source);
        Assert.Empty(tree.GetDiagnostics());
        return Assert.IsType<StringExpressionSyntax>(tree.GetRoot().Expression);
    }
}

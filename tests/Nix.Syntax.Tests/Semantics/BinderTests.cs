using System.Text;
using Nix.Syntax.Tests.Differential;

namespace Nix.Syntax.Tests.Semantics;

/// <summary>
/// The binder: the errors Nix 2.8's parser reports beyond the grammar, exactly where Nix reports them
/// (checked against <c>nix-instantiate --parse</c>), and stack-safe on deep trees.
/// </summary>
public class BinderTests
{
    /// <summary>Programs (free variables are fine: each is wrapped in <c>with {};</c>) and whether Nix rejects them.</summary>
    public static TheoryData<string, bool> Cases() => new()
    {
        { "{ a = 1; a = 2; }", true },
        { "{ a = 1; b = 2; }", false },
        { "rec { a = 1; a = 2; }", true },
        { "let a = 1; a = 2; in a", true },
        { "let { a = 1; a = 2; body = a; }", true },
        { "{ a.b = 1; a.c = 2; }", false },
        { "{ a.b = 1; a.b = 2; }", true },
        { "{ a.b.c = 1; a.b.c = 2; }", true },
        { "{ a = { b = 1; }; a.c = 2; }", false },
        { "{ a.b = 1; a = { c = 2; }; }", false },
        { "{ a.b = 1; a = { b = 2; }; }", true },
        { "{ a = { b = 1; }; a.b = 2; }", true },
        { "{ a = 1; a.b = 2; }", true },
        { "{ a.b = 1; a = 2; }", true },
        { "{ a = { b = 1; }; a = { c = 2; }; }", false },
        { "{ a = {}; a = {}; }", false },
        { "{ a = ({ b = 1; }); a.c = 2; }", false },
        { "{ a = rec { b = 1; }; a.c = 2; }", false },
        { "{ a = let { body = 1; }; a.c = 2; }", true },
        { "{ a = { b = { c = 1; }; }; a = { b = { d = 2; }; }; }", true },
        { "{ a.b.c = 1; a = { b = 2; }; }", true },
        { "{ a = { inherit x; }; a = { x = 1; }; }", true },
        { "{ a = { b = 1; }; a = { c = 1; }; a.b = 3; }", true },
        { "{ a = { b = 1; }; a = { c = 1; }; a.c = 3; }", true },
        { "{ a = { b = 1; }; a = { c = 1; }; a.d = 3; }", false },
        { "{ inherit a; a = 1; }", true },
        { "{ a = 1; inherit a; }", true },
        { "{ inherit a; a.b = 1; }", true },
        { "{ inherit (x) a; a.b = 1; }", true },
        { "{ inherit a a; }", true },
        { "{ inherit (x) a; inherit (y) a; }", true },
        { "{ inherit a; inherit (x) b; }", false },
        { "{ ${\"a\"} = 1; a = 2; }", true },
        { "{ \"${\"a\"}\" = 1; a = 2; }", false },
        { "{ ${(\"a\")} = 1; a = 2; }", true },
        { "{ ${''a''} = 1; a = 2; }", true },
        { "{ ${''${\"a\"}''} = 1; a = 2; }", true },
        { "{ ${''a''$''} = 1; a = 2; }", false },
        { "{ ${''''} = 1; \"\" = 2; }", true },
        { "{ ${http://x} = 1; \"http://x\" = 2; }", true },
        { "{ \"a\" = 1; a = 2; }", true },
        { "{ \"a\\nb\" = 1; \"a\nb\" = 2; }", true },
        { "{ ${x} = 1; ${x} = 2; }", false },
        { "{ ${x}.a = 1; ${x}.a = 2; }", false },
        { "{ a.${x} = 1; a.${x} = 2; }", false },
        { "{ a.b = 1; a = { ${x} = 2; }; }", false },
        { "{ or = 1; \"or\" = 2; }", true },
        { "let ${x} = 1; in 1", true },
        { "let ${\"a\"} = 1; in a", false },
        { "let \"${\"a\"}\" = 1; in a", true },
        { "let a.${x} = 1; in a", false },
        { "let ${x}.a = 1; in 1", true },
        { "let { ${x} = 1; body = 2; }", false },
        { "{ inherit ${x}; }", true },
        { "{ inherit ${\"a\"}; }", false },
        { "{ inherit \"a\"; }", false },
        { "{ inherit \"${\"a\"}\"; }", true },
        { "{ inherit (x) ${y}; }", true },
        { "let inherit ${x}; in 1", true },
        { "{ a, a }: 1", true },
        { "{ a, b, a ? 1 }: 1", true },
        { "{ a, b }: 1", false },
        { "{ a }@a: 1", true },
        { "a@{ a }: 1", true },
        { "a@{ b }: 1", false },
        { "{ a ? { b = 1; b = 2; } }: 1", true },
        { "[ { a = 1; a = 2; } ]", true },
        { "f { a = 1; } { a = 2; }", false },
        { "{ a = { a = 1; }; }", false },
        { "{ a = x: { b = 1; }; a.c = 2; }", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BinderErrorsExactlyWhereNixRejects(string program, bool nixRejects)
    {
        var tree = NixSyntaxTree.ParseText("with {}; " + program);
        Assert.DoesNotContain(tree.GetDiagnostics(), d => !d.Id.StartsWith("NIX3", StringComparison.Ordinal));
        Assert.True(nixRejects == tree.HasErrors, string.Join("; ", tree.GetDiagnostics()));
    }

    [NixInstalledFact]
    public void CasesAgreeWithNix()
    {
        var dir = Directory.CreateTempSubdirectory("nixk3s-binder-");
        try
        {
            var wrong = new List<string>();
            int i = 0;
            foreach (var row in Cases())
            {
                var (program, nixRejects) = ((string)row[0], (bool)row[1]);
                var file = Path.Combine(dir.FullName, $"{i++}.nix");
                File.WriteAllText(file, "with {}; " + program);
                var error = NixInstantiate.ParseError(file);
                if ((error is not null) != nixRejects || (error is not null && !NixInstantiate.IsBinderLevel(error)))
                    wrong.Add($"{program}: Nix says {error ?? "ok"}");
            }
            Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void DuplicateIsReportedAtTheLaterNameAndPointsAtTheEarlier()
    {
        var d = Assert.Single(NixSyntaxTree.ParseText("{\n  a.b = 1;\n  a = { b = 2; };\n}").GetDiagnostics());
        Assert.Equal("NIX3001", d.Id);
        Assert.Equal((3, 9), (d.Location.Line, d.Location.Column));
        Assert.Equal("Attribute 'a.b' already defined at 2:5", d.Message);
    }

    [Fact]
    public void EveryErrorIsReportedNotOnlyTheFirst()
    {
        var ids = NixSyntaxTree.ParseText("let a = 1; a = 2; ${x} = 3; inherit ${y}; in { b, b }@b: b").GetDiagnostics().Select(d => d.Id);
        Assert.Equal(["NIX3001", "NIX3003", "NIX3004", "NIX3002", "NIX3002"], ids);
    }

    [Fact]
    public void BindsAMillionTermConcatChain()
    {
        var text = new StringBuilder("[ { a = 1; a = 2; } ]");
        for (int i = 0; i < 1_000_000; i++) text.Append(" ++ [ ]");
        var tree = NixSyntaxTree.ParseText(text.ToString());
        Assert.Equal("NIX3001", Assert.Single(tree.GetDiagnostics()).Id);
    }

    [Fact]
    public void BindsAHundredThousandDeepLambdaChain()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) text.Append("{ x, y }: ");
        text.Append("{ a, a }: 1");
        var tree = NixSyntaxTree.ParseText(text.ToString());
        Assert.Equal("NIX3002", Assert.Single(tree.GetDiagnostics()).Id);
    }
}

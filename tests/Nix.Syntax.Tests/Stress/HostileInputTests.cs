using Nix.Syntax.Diagnostics;

namespace Nix.Syntax.Tests.Stress;

/// <summary>
/// Input meant to crash a parser ends in a tree and diagnostics: deep nesting, huge operator chains, huge
/// files, garbage. A .NET stack overflow would kill the test process, so passing at all is half the proof.
/// </summary>
public class HostileInputTests
{
    private const int Deep = 100_000;

    private static void AssertRoundTrips(NixSyntaxTree tree, string text)
    {
        var root = tree.GetRoot();
        Assert.Equal(text.Length, root.FullSpan.Length);
        Assert.Equal(text, root.ToFullString());
    }

    public static TheoryData<string, string, string> Nestings() => new()
    {
        { "parentheses", "(", ")" },
        { "lists", "[", "]" },
        { "attribute sets", "{ a = ", "; }" },
        { "string interpolations", "\"${", "}\"" },
        { "indented string interpolations", "''${", "}''" },
        { "select defaults", "a.b or (", ")" },
    };

    [Theory]
    [MemberData(nameof(Nestings))]
    public void DeepNestingEndsInADiagnostic(string name, string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, Deep)) + "1" + string.Concat(Enumerable.Repeat(close, Deep));
        var tree = NixSyntaxTree.ParseText(text);
        AssertRoundTrips(tree, text);
        Assert.Contains(tree.GetDiagnostics(), d => d.Id == NixDiagnostics.NestingTooDeep.Id);
        Assert.NotNull(name);
    }

    [Theory]
    [MemberData(nameof(Nestings))]
    public void UnclosedDeepNestingEndsInADiagnostic(string name, string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, Deep)) + "1";
        var tree = NixSyntaxTree.ParseText(text);
        AssertRoundTrips(tree, text);
        Assert.True(tree.HasErrors, name);
        Assert.NotNull(close);
    }

    [Fact]
    public void ModerateNestingParsesWithoutErrors()
    {
        // Within the limit, deep input parses exactly (on a larger stack if the test thread's is small).
        const int depth = 2_000;
        var text = string.Concat(Enumerable.Repeat("[ (", depth)) + "1" + string.Concat(Enumerable.Repeat(") ]", depth));
        var tree = NixSyntaxTree.ParseText(text);
        Assert.Empty(tree.GetDiagnostics());
        AssertRoundTrips(tree, text);
        Assert.Equal(depth * 2, tree.GetRoot().DescendantNodes().Count(n => n.Kind is NixSyntaxKind.ListExpression or NixSyntaxKind.ParenthesizedExpression));
    }

    [Theory]
    [InlineData("x: ", "x")]
    [InlineData("let a = 1; in ", "a")]
    [InlineData("with a; ", "b")]
    [InlineData("assert a; ", "b")]
    [InlineData("{ a, ... }: ", "a")]
    public void LongFunctionChainsParseWithoutRecursion(string head, string body)
    {
        var text = string.Concat(Enumerable.Repeat(head, Deep)) + body;
        var tree = NixSyntaxTree.ParseText(text);
        Assert.Empty(tree.GetDiagnostics());
        AssertRoundTrips(tree, text);
        // The tree is 100,000 levels deep; walking it must not recurse either.
        Assert.True(tree.GetRoot().DescendantNodes().Count() >= Deep);
    }

    [Theory]
    [InlineData(" ++ ")]
    [InlineData(" + ")]
    [InlineData(" // ")]
    [InlineData(" -> ")]
    [InlineData(" ")]
    public void MillionTermChainsParse(string op)
    {
        const int terms = 1_000_000;
        var text = "a" + string.Concat(Enumerable.Repeat(op + "a", terms - 1));
        var tree = NixSyntaxTree.ParseText(text);
        Assert.Empty(tree.GetDiagnostics());
        AssertRoundTrips(tree, text);
        Assert.Equal(terms, tree.GetRoot().DescendantTokens().Count(t => t.Text == "a"));
    }

    [Fact]
    public void FiftyMegabyteFileParses()
    {
        // Each name distinct, or the binder rightly reports duplicates.
        static string Binding(int i) => $"  package-name-{i:D7} = callPackage ./pkgs/development/libraries/package-name {{ inherit (darwin) Security; }};\n";
        int count = 50_000_000 / Binding(0).Length;
        var builder = new System.Text.StringBuilder(count * Binding(0).Length + 8).Append("{\n");
        for (int i = 0; i < count; i++) builder.Append(Binding(i));
        var text = builder.Append("}\n").ToString();
        var tree = NixSyntaxTree.ParseText(text);
        Assert.Empty(tree.GetDiagnostics());
        Assert.Equal(text.Length, tree.GetRoot().FullSpan.Length);
        Assert.Equal(count, ((AttrSetExpressionSyntax)tree.GetRoot().Expression).Bindings.Count);
    }

    [Fact]
    public void RandomCharactersEndInDiagnostics()
    {
        var random = new Random(1234);
        for (int round = 0; round < 50; round++)
        {
            var chars = new char[random.Next(1, 20_000)];
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x3000);
            var text = new string(chars);
            var tree = NixSyntaxTree.ParseText(text);
            AssertRoundTrips(tree, text);
            Assert.True(tree.HasErrors);
        }
    }

    [Fact]
    public void InvalidUtf8FileIsReported()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [(byte)'{', (byte)' ', 0xff, 0xfe, (byte)'a', (byte)' ', (byte)'=', (byte)' ', (byte)'1', (byte)';', (byte)'}']);
            var tree = NixSyntaxTree.ParseFile(path);
            Assert.Contains(tree.GetDiagnostics(), d => d.Id == NixDiagnostics.InvalidUtf8.Id);
            Assert.Equal(tree.Text.Text, tree.GetRoot().ToFullString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ByteOrderMarkIsKeptAndReported()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, (byte)'1', (byte)'\r', (byte)'\n']);
            var tree = NixSyntaxTree.ParseFile(path);
            Assert.Equal("\uFEFF1\r\n", tree.GetRoot().ToFullString());
            var bom = tree.GetRoot().DescendantTrivia().First();
            Assert.Equal(NixSyntaxKind.ByteOrderMarkTrivia, bom.Kind);
            Assert.Contains(tree.GetDiagnostics(), d => d.Id == NixDiagnostics.ByteOrderMark.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ParsingOnManyThreadsGivesTheSameTrees()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.TestData, "valid", TestPaths.NixFiles("valid").Select(Path.GetFileName).First(f => f!.Contains("k3s"))!));
        var expected = SyntaxTreeDumper.Dump(NixSyntaxTree.ParseText(text).GetRoot());
        var shared = NixSyntaxTree.ParseText(text);
        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            // Half parse anew, half walk one shared tree whose red nodes are created lazily by many threads.
            var root = i % 2 == 0 ? NixSyntaxTree.ParseText(text).GetRoot() : shared.GetRoot();
            results[i] = SyntaxTreeDumper.Dump(root);
        });
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}

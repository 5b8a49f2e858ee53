using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nix.Syntax.InternalSyntax;
using Nix.Syntax.Parsing;
using Nix.Syntax.Tests.Generators;

namespace Nix.Syntax.Tests.Parsing;

/// <summary>
/// The hand-written fast path (<see cref="FastPathParser"/>) must give exactly the tree and diagnostics the
/// ANTLR parser gives, token, trivia and missing-token flag alike, and must give up on every text where ANTLR
/// reports a syntax error. Checked on the corpus, on generated programs and on generated programs with a
/// piece cut out or pasted in (which are mostly invalid, so the fallback decides).
/// </summary>
public class FastPathParserTests
{
    private static readonly string[] Pieces = ["{", "}", "(", ")", "[", "]", ";", ":", ",", "=", ".", "?", "@", "...", "or", "if", "then",
        "else", "let", "in", "with", "inherit", "rec", "assert", "\"", "''", "${", "-", "!", "+", "++", "//", "==", "<", "a", "1", " ", "\n"];

    public static TheoryData<string> CorpusFiles() => CorpusTests.AllFiles();

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusFileParsesAsAntlrParsesIt(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.TestData, file));
        var (antlrDump, antlrSyntaxErrors) = Parse(text, useFastPath: false);
        var (fastDump, _) = Parse(text, useFastPath: true);
        Assert.Equal(antlrDump, fastDump);
        Assert.Equal(!antlrSyntaxErrors, TakesFastPath(text));
    }

    [Fact]
    public void ValidCorpusFilesTakeTheFastPath()
    {
        var files = new[] { "valid", "valid-pipes" }.SelectMany(TestPaths.NixFiles).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.True(TakesFastPath(File.ReadAllText(file)), TestPaths.Relative(file)));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(NixProgramGenerator)])]
    public Property GeneratedProgramTakesTheFastPathWithTheSameTree(string program)
    {
        var (antlrDump, _) = Parse(program, useFastPath: false);
        var (fastDump, _) = Parse(program, useFastPath: true);
        return (antlrDump == fastDump && TakesFastPath(program)).ToProperty().Label(program);
    }

    [Property(MaxTest = 500)]
    public Property DamagedProgramParsesAsAntlrParsesIt(PositiveInt seed, NonNegativeInt where, NonNegativeInt length, NonNegativeInt piece)
    {
        var program = NixProgramGenerator.Generate(seed.Get, 40, 6).Text;
        int at = where.Get % (program.Length + 1);
        int cut = Math.Min(length.Get % 4, program.Length - at);
        var damaged = program[..at] + Pieces[piece.Get % Pieces.Length] + program[(at + cut)..];
        var (antlrDump, antlrSyntaxErrors) = Parse(damaged, useFastPath: false);
        var (fastDump, _) = Parse(damaged, useFastPath: true);
        return (antlrDump == fastDump && TakesFastPath(damaged) == !antlrSyntaxErrors).ToProperty().Label(damaged);
    }

    [Corpus.CorpusFact]
    public void ExternalCorpusParsesAsAntlrParsesIt()
    {
        var root = Environment.GetEnvironmentVariable(Corpus.ExternalCorpusTests.Variable)!;
        var files = Directory.EnumerateFiles(root, "*.nix", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var different = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(files, file =>
        {
            var text = File.ReadAllText(file);
            var (antlrDump, antlrSyntaxErrors) = Parse(text, useFastPath: false);
            if (Parse(text, useFastPath: true).Dump != antlrDump || TakesFastPath(text) == antlrSyntaxErrors) different.Add(file);
        });
        Assert.NotEmpty(files);
        Assert.Empty(different);
    }

    [Fact]
    public void DeepNestingFallsBackToTheAntlrParser()
    {
        var text = new string('(', 5_000) + "1" + new string(')', 5_000);
        Assert.False(TakesFastPath(text));
        var (antlrDump, _) = Parse(text, useFastPath: false);
        var (fastDump, _) = Parse(text, useFastPath: true);
        Assert.Equal(antlrDump, fastDump);
    }

    [Theory]
    [InlineData("{ a, b ? 1 }: a", true)]
    [InlineData("{ }: 1", true)]
    [InlineData("{ } @ args: args", true)]
    [InlineData("{ a }: a", true)]
    [InlineData("{ }", true)]
    [InlineData("{ a = 1; } // { b = 2; }", true)]
    [InlineData("let { body = 1; }", true)]
    [InlineData("f a.b or c", true)]
    [InlineData("{ a = 1 b = 2; }", false)]
    [InlineData("{ a }", false)]
    [InlineData("[ let a = 1; in a ]", false)]
    public void ChoosesFormalsOrSetsAsTheGrammarDoes(string text, bool fast)
    {
        Assert.Equal(fast, TakesFastPath(text));
        var (antlrDump, antlrSyntaxErrors) = Parse(text, useFastPath: false);
        Assert.Equal(!fast, antlrSyntaxErrors);
        Assert.Equal(antlrDump, Parse(text, useFastPath: true).Dump);
    }

    private static bool TakesFastPath(string text)
    {
        var lexed = LexedSource.Lex(text);
        try
        {
            return FastPathParser.TryParse(lexed) is not null;
        }
        finally
        {
            lexed.Return();
        }
    }

    /// <summary>Every node, token (with its missing flag) and trivia of the tree, then the diagnostics.</summary>
    private static (string Dump, bool SyntaxErrors) Parse(string text, bool useFastPath)
    {
        var (root, diagnostics) = SyntaxParser.Parse(text, useFastPath);
        var output = new StringBuilder();
        var stack = new Stack<(GreenNode? Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            output.Append(' ', depth);
            if (node is null)
            {
                output.Append("null\n");
                continue;
            }
            output.Append(node.Kind);
            if (node is GreenToken token)
            {
                output.Append(token.IsMissing ? " missing" : "").Append(" '").Append(token.Text).Append('\'');
                output.Append(" lead[").Append(token.LeadingTrivia?.ToFullString()).Append("] trail[").Append(token.TrailingTrivia?.ToFullString()).Append("]\n");
                AppendTriviaKinds(output, token.LeadingTrivia);
                AppendTriviaKinds(output, token.TrailingTrivia);
                continue;
            }
            output.Append('\n');
            for (int i = node.SlotCount - 1; i >= 0; i--) stack.Push((node.GetSlot(i), depth + 1));
        }
        bool syntaxErrors = false;
        foreach (var d in diagnostics)
        {
            output.Append(d.Descriptor.Id).Append(' ').Append(d.Start).Append(' ').Append(d.Length).Append(' ').AppendJoin('|', d.Args).Append('\n');
            // An unterminated string hides the parser's own error at the end of file, but there is one.
            syntaxErrors |= d.Descriptor.Id is "NIX1001" or "NIX1002" or "NIX1003" or "NIX1005";
        }
        return (output.ToString(), syntaxErrors);
    }

    private static void AppendTriviaKinds(StringBuilder output, GreenNode? trivia)
    {
        if (trivia is null) return;
        if (trivia.IsTrivia) output.Append("  ").Append(trivia.Kind).Append('\n');
        else for (int i = 0; i < trivia.SlotCount; i++) output.Append("  ").Append(trivia.GetSlot(i)!.Kind).Append('\n');
    }
}

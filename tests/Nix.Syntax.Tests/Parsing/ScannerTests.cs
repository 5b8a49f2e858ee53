using Antlr4.Runtime;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nix.Syntax.Parsing;
using Nix.Syntax.Parsing.Generated;
using Nix.Syntax.Tests.Generators;

namespace Nix.Syntax.Tests.Parsing;

/// <summary>
/// The hand-written scanner is a faster copy of the lexer generated from grammar/NixLexer.g4; the grammar is
/// the definition. Both must produce the same tokens (type, span, channel) for any text at all.
/// </summary>
public class ScannerTests
{
    private static List<string> AntlrTokens(string text)
    {
        var lexer = new NixLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var tokens = new List<string>();
        while (true)
        {
            var token = lexer.NextToken();
            int end = token.Type == TokenConstants.EOF ? text.Length : token.StopIndex + 1;
            tokens.Add($"{token.Type}@{token.StartIndex}..{end}{(token.Channel == NixLexer.TRIVIA ? " trivia" : "")}");
            if (token.Type == TokenConstants.EOF) return tokens;
        }
    }

    private static List<string> ScannerTokens(string text)
    {
        var scanner = new NixScanner(text);
        var tokens = new List<string>();
        while (true)
        {
            int type = scanner.Next(out int start, out int end, out bool trivia);
            tokens.Add($"{type}@{start}..{end}{(trivia ? " trivia" : "")}");
            if (type == TokenConstants.EOF) return tokens;
        }
    }

    private static void AssertSameTokens(string text, string what)
    {
        var expected = AntlrTokens(text);
        var actual = ScannerTokens(text);
        for (int i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (expected[i] != actual[i])
                Assert.Fail($"{what}: token {i} differs: ANTLR {expected[i]}, scanner {actual[i]}; text near it: {SyntaxTreeDumper.Quote(Near(text, expected[i]))}");
        }
        Assert.Equal(expected.Count, actual.Count);
    }

    private static string Near(string text, string token)
    {
        int at = int.Parse(token.Split('@')[1].Split('.')[0]);
        int from = Math.Max(0, at - 10);
        return text.Substring(from, Math.Min(30, text.Length - from));
    }

    public static TheoryData<string> Files() => CorpusTests.AllFiles();

    [Theory]
    [MemberData(nameof(Files))]
    public void ScannerMatchesTheGrammarOnTheCorpus(string file)
    {
        AssertSameTokens(File.ReadAllText(Path.Combine(TestPaths.TestData, file)), file);
    }

    [Theory]
    [InlineData("a/b/${x}/c${y}d/ e")]
    [InlineData("~/${x}.nix ./${a}${b} /${c} foo/${d}/")]
    [InlineData("\"a$\" \"$\\\\x\" \"\\\\\" \"$${x}\" \"${\"${x}\"}\"")]
    [InlineData("''a'''b''$c''\\d$'${e}''")]
    [InlineData("''   \n  x\n'' ''\r\n'' '' '''")]
    [InlineData("/** d */ /**/ /*** c */ /* x ** / */ /* unterminated")]
    [InlineData("1.2.3 .5 0. 00.5 1.e5 1e5 2.E-3 x.5 1 .a 0x10")]
    [InlineData("a<b>c <a/b> <a/> < a> <|> |> || | & && $ ~ ~/ ~/a/")]
    [InlineData("x:x a:b:c http://a?b=c&d#e x: y ... .. . -> - > == = != ! <= >= // / ++ +")]
    [InlineData("if-x iffy inherit' or or- in in' let rec with assert then else")]
    [InlineData("} } { ${ } \" ${ \" } \" } ''${ } '' }")]
    [InlineData("\t\f\v\r\r\n\n é 😀 \uFEFF \0")]
    public void ScannerMatchesTheGrammarOnTraps(string text) => AssertSameTokens(text, text);

    [Corpus.CorpusFact]
    public void ScannerMatchesTheGrammarOnTheExternalCorpus()
    {
        var root = Environment.GetEnvironmentVariable(Corpus.ExternalCorpusTests.Variable)!;
        var files = Directory.EnumerateFiles(root, "*.nix", SearchOption.AllDirectories).ToList();
        Parallel.ForEach(files, file => AssertSameTokens(File.ReadAllText(file), file));
        Assert.NotEmpty(files);
    }

    [Property(MaxTest = 500)]
    public Property ScannerMatchesTheGrammarOnAnyText(string? text)
    {
        text ??= "";
        return (AntlrTokens(text).SequenceEqual(ScannerTokens(text))).ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property ScannerMatchesTheGrammarOnPrograms() =>
        Prop.ForAll(NixProgramGenerator.ProgramArbitrary(), text => AntlrTokens(text).SequenceEqual(ScannerTokens(text)));

    [Property(MaxTest = 1000)]
    public Property ScannerMatchesTheGrammarOnNixLikeText()
    {
        var pieces = Gen.Elements(
            "{", "}", "[", "]", "(", ")", ";", ":", ",", "=", ".", "?", "@", "+", "-", "*", "/", "!", "<", ">", "...", "|", "&",
            "==", "//", "++", "->", "|>", "<|", "&&", "||", "${", "\"", "''", "'", "''$", "'''", "''\\", "\\", "$", "#", "/*", "*/", "/**",
            " ", "\t", "\n", "\r\n", "\r", "a", "x-1", "or", "if", "in", "1", "0", "1.5", ".5", "e3", "./a", "a/b", "~", "~/b", "<p>", "x:y",
            "é", "\uFEFF", "_", "9");
        return Prop.ForAll(Gen.ListOf(pieces).Select(l => string.Concat(l)).ToArbitrary(),
            text => AntlrTokens(text).SequenceEqual(ScannerTokens(text)));
    }
}

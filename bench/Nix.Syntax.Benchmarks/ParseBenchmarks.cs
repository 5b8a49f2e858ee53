using BenchmarkDotNet.Attributes;

namespace Nix.Syntax.Benchmarks;

/// <summary>
/// Parses one large Nix file (see <see cref="BenchInput"/>) and compares the cost with a trivial pass over
/// its bytes. The Ratio column is the figure to watch: Nix's own parser costs about 45 trivial passes,
/// rnix-parser 27–36, tree-sitter-nix about 100 (docs: shared/design/antlr-performance.md).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class ParseBenchmarks
{
    /// <summary>
    /// The byte classes of the trivial pass, roughly those a Nix lexer distinguishes: 0 other/non-ASCII,
    /// 1 whitespace, 2 line end, 3 letter or <c>_</c>, 4 digit, 5 quote, 6 punctuation, 7 operator start.
    /// </summary>
    private static readonly byte[] ClassTable = BuildClassTable();

    private const int ClassCount = 8;

    private string _text = "";
    private byte[] _utf8 = [];

    /// <summary>Loads the input, prints where it came from and checks that it parses with no diagnostics.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = BenchInput.Text;
        _utf8 = BenchInput.Utf8;
        Console.WriteLine($"// Nix.Syntax benchmark input: {BenchInput.Description}");
        BenchInput.EnsureParsesCleanly();
    }

    /// <summary>
    /// The baseline, a one-pass byte-class count: for each UTF-8 byte, one lookup in the 256-entry class
    /// table and one increment of that class's counter. It has no data-dependent branch, so its speed hardly
    /// depends on the text; the counts are folded into the result so the loop cannot be removed.
    /// </summary>
    /// <returns>A checksum of the per-class counts.</returns>
    [Benchmark(Baseline = true)]
    public long ByteClassPass()
    {
        var table = ClassTable;
        Span<int> counts = stackalloc int[ClassCount];
        foreach (var b in _utf8)
        {
            counts[table[b]]++;
        }

        long result = 0;
        foreach (var count in counts)
        {
            result = (result * 1_000_003) + count;
        }

        return result;
    }

    /// <summary>A full parse: lexing, parsing and the complete green tree, then the red root.</summary>
    /// <returns>The root node.</returns>
    [Benchmark]
    public SourceFileSyntax ParseWithTree() => NixSyntaxTree.ParseText(_text).GetRoot();

    /// <summary>A full parse followed by a walk over every red node and token.</summary>
    /// <returns>The number of nodes and tokens.</returns>
    [Benchmark]
    public int ParseAndWalk()
    {
        var root = NixSyntaxTree.ParseText(_text).GetRoot();
        var count = 0;
        foreach (var _ in root.DescendantNodesAndTokens()) count++;
        return count;
    }

    private static byte[] BuildClassTable()
    {
        var table = new byte[256];
        table[' '] = table['\t'] = 1;
        table['\n'] = table['\r'] = 2;
        for (var c = 'a'; c <= 'z'; c++) table[c] = 3;
        for (var c = 'A'; c <= 'Z'; c++) table[c] = 3;
        table['_'] = 3;
        for (var c = '0'; c <= '9'; c++) table[c] = 4;
        table['"'] = table['\''] = 5;
        foreach (var c in "{}[]();:,.@?") table[c] = 6;
        foreach (var c in "=!<>&|+-*/$#~") table[c] = 7;
        return table;
    }
}

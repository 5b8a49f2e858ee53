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

    /// <summary>The baseline, a one-pass byte-class count (see <see cref="Benchmarks.ByteClassPass"/>).</summary>
    /// <returns>A checksum of the per-class counts.</returns>
    [Benchmark(Baseline = true)]
    public long ByteClassPass() => Benchmarks.ByteClassPass.Run(_utf8);

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
}

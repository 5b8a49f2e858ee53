using BenchmarkDotNet.Attributes;

namespace Nix.Syntax.Benchmarks;

/// <summary>
/// Whether time and memory stay linear in the input: the same generated package set at 100 KB, 1 MB and
/// 10 MB, each next to the trivial pass over the same bytes. Linear means the Ratio, ns/byte and Alloc/byte
/// columns stay about the same from size to size.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class LinearityBenchmarks
{
    private string _text = "";
    private byte[] _utf8 = [];

    /// <summary>The size the generated package set is grown to, in characters.</summary>
    [Params(100_000, 1_000_000, 10_000_000)]
    public int Size { get; set; }

    /// <summary>Generates the input of this size and checks that it parses with no diagnostics.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_text, _utf8) = BenchInput.Generated(Size);
        Console.WriteLine($"// Nix.Syntax linearity input: generated package set, {_utf8.Length:N0} bytes");
        BenchInput.EnsureParsesCleanly(_text, $"generated-{Size}.nix");
    }

    /// <summary>The baseline, a one-pass byte-class count (see <see cref="Benchmarks.ByteClassPass"/>).</summary>
    /// <returns>A checksum of the per-class counts.</returns>
    [Benchmark(Baseline = true)]
    public long ByteClassPass() => Benchmarks.ByteClassPass.Run(_utf8);

    /// <summary>A full parse: lexing, parsing and the complete green tree, then the red root.</summary>
    /// <returns>The root node.</returns>
    [Benchmark]
    public SourceFileSyntax ParseWithTree() => NixSyntaxTree.ParseText(_text).GetRoot();
}

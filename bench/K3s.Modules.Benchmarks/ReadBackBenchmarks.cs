using BenchmarkDotNet.Attributes;
using Nix.Syntax;

namespace K3s.Modules.Benchmarks;

/// <summary>
/// Reading a large emitted module back into the model (<see cref="K3sNodeModule.FromSyntax"/> of its parsed tree)
/// against parsing the same text (<see cref="NixSyntaxTree.ParseText(string, string?)"/>). The tree is parsed once,
/// in setup, so the read-back measure holds no parsing.
/// </summary>
[MemoryDiagnoser]
public class ReadBackBenchmarks
{
    private string _text = null!;
    private SourceFileSyntax _root = null!;

    /// <summary>The number of bindings.</summary>
    [Params(1_000, 100_000)]
    public int Bindings { get; set; }

    /// <summary>The shape of the set.</summary>
    [Params(EmitShape.FlatSysctl, EmitShape.NestedContainerd)]
    public EmitShape Shape { get; set; }

    /// <summary>Emits the model, parses its text, and checks that reading the tree back gives the model.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var model = EmitInput.Model(Shape, Bindings);
        _text = model.ToNixText();
        var tree = NixSyntaxTree.ParseText(_text);
        if (tree.HasErrors) throw new InvalidOperationException("The emitted text does not parse.");
        _root = tree.GetRoot();
        if (ReadBack() != model) throw new InvalidOperationException("Reading the emitted module back gives another model.");
    }

    /// <summary>The baseline: parsing the emitted text.</summary>
    /// <returns>The tree.</returns>
    [Benchmark(Baseline = true)]
    public NixSyntaxTree ParseBaseline() => NixSyntaxTree.ParseText(_text);

    /// <summary>The parsed tree read back into the model.</summary>
    /// <returns>The model.</returns>
    [Benchmark]
    public K3sNodeModule ReadBack() => K3sNodeModule.FromSyntax(_root);
}

using BenchmarkDotNet.Attributes;

namespace K3s.Modules.Benchmarks;

/// <summary>
/// Emitting N bindings through the model (<c>ToSyntaxTree().ToFullString()</c>) against writing the same
/// text with a <see cref="System.Text.StringBuilder"/>.
/// </summary>
[MemoryDiagnoser]
public class EmitBenchmarks
{
    private K3sNodeModule _model = null!;

    /// <summary>The number of bindings.</summary>
    [Params(1_000, 100_000, 1_000_000)]
    public int Bindings { get; set; }

    /// <summary>The shape of the set.</summary>
    [Params(EmitShape.FlatSysctl, EmitShape.NestedContainerd)]
    public EmitShape Shape { get; set; }

    /// <summary>Builds the model and checks that both methods print the same text.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _model = EmitInput.Model(Shape, Bindings);
        if (EmitThroughModel() != StringBuilderBaseline())
            throw new InvalidOperationException("The model and the baseline print different texts.");
    }

    /// <summary>The baseline: the same text written directly.</summary>
    /// <returns>The text.</returns>
    [Benchmark(Baseline = true)]
    public string StringBuilderBaseline() => EmitInput.Baseline(Shape, Bindings);

    /// <summary>The model printed as a syntax tree, then as text.</summary>
    /// <returns>The text.</returns>
    [Benchmark]
    public string EmitThroughModel() => _model.ToSyntaxTree().ToFullString();
}

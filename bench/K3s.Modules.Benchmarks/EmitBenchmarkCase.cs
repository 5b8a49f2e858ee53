using BenchmarkDotNet.Attributes;

namespace K3s.Modules.Benchmarks;

/// <summary>
/// The two methods the emit benchmarks compare, for the size and shape a subclass gives as parameters: the model
/// printed as a syntax tree, and the same text written with a <see cref="System.Text.StringBuilder"/> (the baseline).
/// </summary>
public abstract class EmitBenchmarkCase
{
    private K3sNodeModule _model = null!;

    /// <summary>The number of bindings.</summary>
    public abstract int Bindings { get; set; }

    /// <summary>The shape of the set.</summary>
    public abstract EmitShape Shape { get; set; }

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

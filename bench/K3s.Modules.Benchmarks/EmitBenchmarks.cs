using BenchmarkDotNet.Attributes;

namespace K3s.Modules.Benchmarks;

/// <summary>
/// Emitting N bindings through the model (<c>ToSyntaxTree().ToFullString()</c>) against writing the same
/// text with a <see cref="System.Text.StringBuilder"/>, with BenchmarkDotNet's default invocations per iteration.
/// </summary>
[MemoryDiagnoser]
public class EmitBenchmarks : EmitBenchmarkCase
{
    /// <summary>The number of bindings.</summary>
    [Params(1_000, 100_000, 1_000_000)]
    public override int Bindings { get; set; }

    /// <summary>The shape of the set.</summary>
    [Params(EmitShape.FlatSysctl, EmitShape.NestedContainerd)]
    public override EmitShape Shape { get; set; }
}

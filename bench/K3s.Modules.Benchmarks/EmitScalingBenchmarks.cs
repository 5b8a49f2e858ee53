using BenchmarkDotNet.Attributes;

namespace K3s.Modules.Benchmarks;

/// <summary>
/// The same emits as <see cref="EmitBenchmarks"/> at 100,000 and 1,000,000 bindings, one emit per iteration at
/// both sizes, for the growth from one to the other. With the default invocations a 100,000-binding iteration
/// runs several emits, and the later ones reuse the memory of the earlier ones' output, while a 1,000,000-binding
/// iteration is one emit that must have its 120–170 MB output string's pages mapped afresh (on the measuring
/// VM, about 13 µs a 4 KB page: half the time of a 1M emit). One emit per iteration compares like with like.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class EmitScalingBenchmarks : EmitBenchmarkCase
{
    /// <summary>The number of bindings.</summary>
    [Params(100_000, 1_000_000)]
    public override int Bindings { get; set; }

    /// <summary>The shape of the set.</summary>
    [Params(EmitShape.FlatSysctl, EmitShape.NestedContainerd)]
    public override EmitShape Shape { get; set; }
}

using System.Diagnostics;
using BenchmarkDotNet.Running;

namespace K3s.Modules.Benchmarks;

/// <summary>The entry point: BenchmarkDotNet's switcher, or <c>--check</c> for a quick timing outside it.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen by <paramref name="args"/>; <c>--check</c> times each case a few times instead.</summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments, or <c>--check</c>.</param>
    public static void Main(string[] args)
    {
        if (args is ["--check"])
        {
            Check();
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Check()
    {
        foreach (var shape in Enum.GetValues<EmitShape>())
        {
            foreach (int count in new[] { 1_000, 100_000, 1_000_000 })
            {
                var model = EmitInput.Model(shape, count);
                var expected = EmitInput.Baseline(shape, count);
                if (model.ToSyntaxTree().ToFullString() != expected) throw new InvalidOperationException($"{shape} {count}: texts differ");
                double baseline = Best(() => EmitInput.Baseline(shape, count));
                double emit = Best(() => model.ToSyntaxTree().ToFullString());
                Console.WriteLine($"{shape,-17} {count,9:N0}: baseline {baseline,9:F1} ms, model {emit,9:F1} ms, ratio {emit / baseline,5:F1}");
            }
        }
    }

    private static double Best(Func<string> work)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            work();
            best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}

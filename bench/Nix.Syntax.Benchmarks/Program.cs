using BenchmarkDotNet.Running;

namespace Nix.Syntax.Benchmarks;

/// <summary>The entry point: BenchmarkDotNet's switcher over every benchmark in this assembly.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen by <paramref name="args"/> (for example <c>--filter '*Parse*'</c>).
    /// With <c>--generate FILE</c> it only writes the generated package set to FILE and exits; with
    /// <c>--check</c> it parses the input a few times outside BenchmarkDotNet, prints the diagnostics
    /// check and rough timings, and exits; with <c>--cpu-ratio ROUNDS</c> it measures the parse-to-baseline
    /// ratio in process CPU time (see <see cref="CpuRatio"/>).
    /// </summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments.</param>
    public static void Main(string[] args)
    {
        if (args is ["--generate", var output])
        {
            File.WriteAllText(output, NixPackageSetGenerator.Generate(BenchInput.GeneratedTargetSize));
            Console.WriteLine($"wrote {new FileInfo(output).Length:N0} bytes to {output}");
            return;
        }

        if (args is ["--check"])
        {
            Check();
            return;
        }

        if (args is ["--cpu-ratio", var rounds])
        {
            CpuRatio.Run(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        Console.WriteLine($"// Nix.Syntax benchmark input: {BenchInput.Description}");
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Check()
    {
        Console.WriteLine($"input: {BenchInput.Description}");
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        BenchInput.EnsureParsesCleanly();
        Console.WriteLine($"no diagnostics; first parse (cold, JIT included) {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
        var text = BenchInput.Text;
        var root = NixSyntaxTree.ParseText(text).GetRoot();
        if (root.ToFullString() != text) throw new InvalidOperationException("the tree does not round-trip to the input text");
        Console.WriteLine($"round-trips; {root.DescendantNodesAndTokens().Count():N0} nodes and tokens");
        var retainedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var kept = NixSyntaxTree.ParseText(text).GetRoot();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;
        Console.WriteLine($"the tree retains {retained:N0} bytes, {(double)retained / BenchInput.Utf8.Length:F1} per input byte");
        GC.KeepAlive(kept);
        for (var i = 0; i < 5; i++)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            stopwatch.Restart();
            NixSyntaxTree.ParseText(text).GetRoot();
            var ms = stopwatch.Elapsed.TotalMilliseconds;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            Console.WriteLine($"parse {i + 1}: {ms:F1} ms, {BenchInput.Utf8.Length / 1e3 / ms:F1} MB/s, {(double)allocated / BenchInput.Utf8.Length:F1} bytes allocated per input byte");
        }
    }
}

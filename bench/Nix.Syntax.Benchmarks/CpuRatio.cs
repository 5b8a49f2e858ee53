using System.Diagnostics;

namespace Nix.Syntax.Benchmarks;

/// <summary>
/// The parse-to-baseline ratio measured in process CPU time rather than wall-clock time, for a machine too
/// loaded for BenchmarkDotNet: each round times one parse and a batch of baseline passes, alternately, and
/// the ratio is taken between the fastest round of each (the round least disturbed by other processes).
/// CPU time includes the garbage collector's own threads, so background collection is not hidden.
/// </summary>
public static class CpuRatio
{
    private const int BaselineBatch = 50;

    /// <summary>Runs <paramref name="rounds"/> rounds on <see cref="BenchInput"/> and prints the figures.</summary>
    /// <param name="rounds">How many rounds to run after a warm-up.</param>
    public static void Run(int rounds)
    {
        var text = BenchInput.Text;
        var utf8 = BenchInput.Utf8;
        Console.WriteLine($"input: {BenchInput.Description}");
        BenchInput.EnsureParsesCleanly();
        long sink = 0;
        for (var i = 0; i < 5; i++)
        {
            sink += ByteClassPass.Run(utf8);
            sink += NixSyntaxTree.ParseText(text).GetRoot().FullSpan.Length;
        }

        var parses = new List<double>();
        var passes = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            var before = CpuMilliseconds(process);
            for (var i = 0; i < BaselineBatch; i++) sink += ByteClassPass.Run(utf8);
            var middle = CpuMilliseconds(process);
            sink += NixSyntaxTree.ParseText(text).GetRoot().FullSpan.Length;
            var after = CpuMilliseconds(process);
            passes.Add((middle - before) / BaselineBatch);
            parses.Add(after - middle);
        }

        passes.Sort();
        parses.Sort();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"baseline pass: min {passes[0]:F3} ms, median {passes[passes.Count / 2]:F3} ms CPU"));
        Console.WriteLine(string.Create(inv, $"parse with tree: min {parses[0]:F1} ms, median {parses[parses.Count / 2]:F1} ms CPU"));
        Console.WriteLine(string.Create(inv, $"ratio of minimums {parses[0] / passes[0]:F1}, of medians {parses[parses.Count / 2] / passes[passes.Count / 2]:F1} ({rounds} rounds; checksum {sink % 1000})"));
    }

    private static double CpuMilliseconds(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime.TotalMilliseconds;
    }
}

using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace K3s.Modules.Benchmarks;

/// <summary>The entry point: BenchmarkDotNet's switcher, or <c>--check</c> for a quick CPU-time measure outside it.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen by <paramref name="args"/>; <c>--check [SHAPE…] [N…]</c> times each case a few times
    /// instead (by default both shapes and N = 1,000, 100,000 and 1,000,000 bindings).
    /// </summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments, or <c>--check</c> and optional sizes.</param>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--check")
        {
            var shapes = args.Skip(1).Where(a => char.IsLetter(a[0])).Select(Enum.Parse<EmitShape>).ToArray();
            var sizes = args.Skip(1).Where(a => !char.IsLetter(a[0])).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
            Check(shapes.Length > 0 ? shapes : Enum.GetValues<EmitShape>(), sizes.Length > 0 ? sizes : [1_000, 100_000, 1_000_000]);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Check(EmitShape[] shapes, int[] sizes)
    {
        foreach (var shape in shapes)
        {
            foreach (int count in sizes)
            {
                var model = EmitInput.Model(shape, count);
                var expected = EmitInput.Baseline(shape, count);
                if (model.ToSyntaxTree().ToFullString() != expected) throw new InvalidOperationException($"{shape} {count}: texts differ");
                var (baseline, baselineBytes) = Best(() => EmitInput.Baseline(shape, count));
                var (baselineWall, baselineGcs) = BestWall(() => EmitInput.Baseline(shape, count));
                var (emit, emitBytes) = Best(() => model.ToSyntaxTree().ToFullString());
                var (emitWall, emitGcs) = BestWall(() => model.ToSyntaxTree().ToFullString());
                // Page faults of one emit and of one baseline run: mapping fresh memory (the output string's pages when
                // the collector gives it memory not used before) costs far more on some machines than writing it.
                long emitFaults = Faults(() => model.ToSyntaxTree().ToFullString());
                long baselineFaults = Faults(() => EmitInput.Baseline(shape, count));
                Console.WriteLine(FormattableString.Invariant(
                    $"{shape,-17} {count,9:N0}: baseline {baseline,9:F1} ms {baselineBytes / count,6:F0} B/binding, model {emit,9:F1} ms {emitBytes / count,6:F0} B/binding, ratio {emit / baseline,5:F1}"));
                Console.WriteLine(FormattableString.Invariant(
                    $"{"",-29}wall: baseline {baselineWall,9:F1} ms (gen0/1/2 {baselineGcs}), model {emitWall,9:F1} ms (gen0/1/2 {emitGcs}), ratio {emitWall / baselineWall,5:F1}"));
                if (baselineFaults >= 0)
                    Console.WriteLine(FormattableString.Invariant(
                        $"{"",-29}page faults of one more run: baseline {baselineFaults:N0}, model {emitFaults:N0} (the output string: {expected.Length * 2L / 4096:N0} pages of 4 KB)"));
                // Where the time goes: the tree (large sections' bindings only measured, made lazily), its first print
                // (which makes each binding for the print only), and a walk of a fresh tree into every node (which makes
                // and keeps every binding's green and red nodes, as a tool reading the whole tree would).
                var (build, buildBytes) = Best(() => { model.ToSyntaxTree(); return ""; });
                var (print, printBytes) = Best(() => model.ToSyntaxTree().ToFullString());
                var (walk, walkBytes) = Best(() => { model.ToSyntaxTree().DescendantNodesAndTokens().Count(); return ""; });
                Console.WriteLine(FormattableString.Invariant(
                    $"{"",-29}gen0/1/2 collections so far {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms"));
                Console.WriteLine(FormattableString.Invariant(
                    $"{"",-29}tree {build,7:F1} ms {buildBytes / count,5:F0} B, tree+print {print,7:F1} ms {printBytes / count,5:F0} B, tree+full walk {walk,7:F1} ms {walkBytes / count,5:F0} B (per binding)"));
            }
        }
    }

    // The minor page faults of the process during one run of work, or -1 where /proc/self/stat is not there (Linux only).
    private static long Faults(Func<string> work)
    {
        long before = MinorFaults();
        work();
        return before < 0 ? -1 : MinorFaults() - before;
    }

    private static long MinorFaults()
    {
        const string stat = "/proc/self/stat";
        if (!File.Exists(stat)) return -1;
        var text = File.ReadAllText(stat);
        // Fields after the command name in parentheses: state is the 3rd field of the file, minflt the 10th.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], CultureInfo.InvariantCulture);
    }

    // The least wall time of five runs, and the collections of each generation in that run.
    private static (double Milliseconds, string Collections) BestWall(Func<string> work)
    {
        double best = double.MaxValue;
        string collections = "";
        for (int i = 0; i < 5; i++)
        {
            int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
            var watch = Stopwatch.StartNew();
            work();
            double elapsed = watch.Elapsed.TotalMilliseconds;
            if (elapsed < best)
                (best, collections) = (elapsed, FormattableString.Invariant($"{GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2}"));
        }
        return (best, collections);
    }

    // The least process CPU time of five runs (the garbage collector's threads included; less disturbed than wall
    // time on a loaded machine), and the bytes the thread allocated in that run.
    private static (double Milliseconds, double Bytes) Best(Func<string> work)
    {
        double best = double.MaxValue, bytes = 0;
        var process = Process.GetCurrentProcess();
        for (int i = 0; i < 5; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var start = process.TotalProcessorTime;
            work();
            process.Refresh();
            double elapsed = (process.TotalProcessorTime - start).TotalMilliseconds;
            if (elapsed < best) (best, bytes) = (elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return (best, bytes);
    }
}

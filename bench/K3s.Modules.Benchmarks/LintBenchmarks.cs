using BenchmarkDotNet.Attributes;
using K3s.Modules.Linting;

namespace K3s.Modules.Benchmarks;

/// <summary>
/// Linting a repository-sized directory (about 3,500 files, 5 MB) as <c>nixk3s lint DIR</c> does: find, read,
/// parse in parallel, read modules, group hosts, run every rule. The baseline reads the same files' bytes.
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private string _directory = "";
    private string[] _files = [];

    /// <summary>Finds or generates the corpus and lints it once, so that the first measured run is not the JIT's.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = LintCorpus.Directory();
        _files = Directory.EnumerateFiles(_directory, "*.nix", SearchOption.AllDirectories).ToArray();
        long bytes = _files.Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"// lint corpus: {_directory}, {_files.Length} files, {bytes:N0} bytes");
        Lint();
    }

    /// <summary>Reads every file's bytes: the floor any linter pays.</summary>
    /// <returns>The number of bytes read.</returns>
    [Benchmark(Baseline = true)]
    public long ReadAllFiles()
    {
        long total = 0;
        foreach (var file in _files) total += File.ReadAllBytes(file).Length;
        return total;
    }

    /// <summary>Lints the directory.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int Lint() => Linter.Lint([_directory]).Findings.Count;
}

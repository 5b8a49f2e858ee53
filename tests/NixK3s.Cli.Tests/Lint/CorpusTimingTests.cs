using System.Diagnostics;
using Xunit.Abstractions;

namespace NixK3s.Cli.Tests.Lint;

/// <summary>
/// Lints a large corpus (set NIXK3S_CORPUS to a folder, e.g. home-manager's 3,500 files) and writes the time to the
/// test output; no timed assertion, only that the run completes with every file read. See the timing note in
/// the report: home-manager lints in a few seconds on 2 cores.
/// </summary>
public class CorpusTimingTests(ITestOutputHelper output)
{
    [FactWhenEnvironment("NIXK3S_CORPUS")]
    public void LintsTheWholeCorpus()
    {
        var corpus = Environment.GetEnvironmentVariable("NIXK3S_CORPUS")!;
        int expected = Directory.EnumerateFiles(corpus, "*.nix", SearchOption.AllDirectories).Count();
        var clock = Stopwatch.StartNew();
        var (code, json, error) = Nixk3sProcess.Run("lint", corpus, "--format", "json", "--no-config");
        clock.Stop();
        output.WriteLine($"{expected} files under {corpus}: {clock.Elapsed.TotalSeconds:F1} s (exit {code})");
        Assert.True(code is 0 or 1, error);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        int files = document.RootElement.GetProperty("files").GetInt32();
        Assert.True(files > 0 && files <= expected, $"{files} of {expected} files linted");
    }
}

using Nix.Syntax.Diagnostics;
using Xunit.Abstractions;

namespace Nix.Syntax.Tests.Corpus;

/// <summary>
/// Parses every .nix file under the directory named by NIXK3S_CORPUS_DIR (for example a checkout of
/// nix-community/home-manager or nixpkgs) and reports files with error diagnostics and files that do not
/// round-trip. Skipped, saying so, when the variable is unset.
/// </summary>
public class ExternalCorpusTests(ITestOutputHelper output)
{
    public const string Variable = "NIXK3S_CORPUS_DIR";

    [CorpusFact]
    public void EveryCorpusFileRoundTripsAndParses()
    {
        var root = Environment.GetEnvironmentVariable(Variable)!;
        var files = Directory.EnumerateFiles(root, "*.nix", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var notRoundTripping = new System.Collections.Concurrent.ConcurrentBag<string>();
        var withErrors = new System.Collections.Concurrent.ConcurrentBag<string>();
        long bytes = 0;
        Parallel.ForEach(files, file =>
        {
            var tree = NixSyntaxTree.ParseFile(file);
            Interlocked.Add(ref bytes, tree.Text.Length);
            if (tree.GetRoot().ToFullString() != tree.Text.Text) notRoundTripping.Add(file);
            var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) withErrors.Add($"{Path.GetRelativePath(root, file)}: {errors[0]}");
        });
        output.WriteLine($"{files.Count} files, {bytes / 1024} KiB: {notRoundTripping.Count} do not round-trip, {withErrors.Count} have errors");
        foreach (var line in withErrors.Order(StringComparer.Ordinal)) output.WriteLine(line);
        Assert.Empty(notRoundTripping);
        // A real corpus may hold files that Nix itself rejects (tests of error messages); NIXK3S_CORPUS_MAX_ERRORS allows them.
        int allowed = int.TryParse(Environment.GetEnvironmentVariable("NIXK3S_CORPUS_MAX_ERRORS"), out var n) ? n : 0;
        Assert.True(withErrors.Count <= allowed, string.Join("\n", withErrors.Order(StringComparer.Ordinal).Take(50)));
    }
}

/// <summary>A fact skipped, with the reason shown, when NIXK3S_CORPUS_DIR is not set.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the corpus directory is not given or missing.</summary>
    public CorpusFactAttribute()
    {
        var dir = Environment.GetEnvironmentVariable(ExternalCorpusTests.Variable);
        if (string.IsNullOrEmpty(dir)) Skip = $"{ExternalCorpusTests.Variable} is not set: point it at a directory of .nix files (e.g. a home-manager checkout) to run the corpus test";
        else if (!Directory.Exists(dir)) Skip = $"{ExternalCorpusTests.Variable}={dir} does not exist";
    }
}

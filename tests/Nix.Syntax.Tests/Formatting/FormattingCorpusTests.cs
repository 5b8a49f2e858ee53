using Nix.Syntax.Formatting;
using Nix.Syntax.Tests.Corpus;
using Xunit.Abstractions;

namespace Nix.Syntax.Tests.Formatting;

/// <summary>
/// Formats every .nix file under NIXK3S_CORPUS_DIR with verification: each file without syntax errors must
/// format, re-parse, mean the same, keep its comments and format to itself. Skipped, saying so, when unset.
/// </summary>
public class FormattingCorpusTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void EveryCorpusFileFormatsVerifiesAndIsIdempotent()
    {
        var root = Environment.GetEnvironmentVariable(ExternalCorpusTests.Variable)!;
        var files = Directory.EnumerateFiles(root, "*.nix", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        int formatted = 0, skipped = 0;
        Parallel.ForEach(files, file =>
        {
            var result = NixFormatter.Format(NixSyntaxTree.ParseFile(file), new NixFormatterOptions { Verify = true });
            switch (result.Status)
            {
                case FormattingStatus.VerificationFailed:
                    failures.Add($"{Path.GetRelativePath(root, file)}: {result.Message}");
                    break;
                case FormattingStatus.SkippedSyntaxErrors:
                    Interlocked.Increment(ref skipped);
                    break;
                default:
                    Interlocked.Increment(ref formatted);
                    break;
            }
        });
        output.WriteLine($"{files.Count} files: {formatted} formatted and verified, {skipped} skipped (syntax errors), {failures.Count} failed");
        foreach (var line in failures.Order(StringComparer.Ordinal)) output.WriteLine(line);
        Assert.Empty(failures);
    }
}

using NixK3s.Cli.Config;
using NixK3s.Cli.Lint;
using NixK3s.Cli.Output;

namespace NixK3s.Cli.Fixes;

/// <summary>The result of fixing: the files that change (old and new text), how many fixes went in, what is left.</summary>
internal sealed record FixOutcome(
    IReadOnlyList<(ParsedFile File, string OldText, string NewText)> Changes,
    int FixCount,
    IReadOnlyList<(Finding Finding, string Reason)> Skipped,
    LintReport Report);

/// <summary>
/// Applies fixes in passes, in memory: apply every fix that does not overlap another, lint the fixed texts again, and
/// repeat while fixes apply (at most <see cref="MaxPasses"/> times). Two fixes on the same list, for example, go in
/// over two passes. Nothing is written here; the caller writes the texts or prints a diff.
/// </summary>
internal static class FixLoop
{
    /// <summary>The most passes made; fixes that keep producing new fixes stop here.</summary>
    public const int MaxPasses = 8;

    /// <summary>Fixes starting from a first lint run's <paramref name="report"/> and <paramref name="files"/>.</summary>
    public static FixOutcome Run(IReadOnlyList<string> paths, LintConfiguration config, LintReport report, IReadOnlyList<ParsedFile> files)
    {
        var originals = new Dictionary<string, (ParsedFile File, string Text)>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        int fixCount = 0;
        IReadOnlyList<(Finding, string)> skipped = [];
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            var (fixedFiles, skippedNow) = FixApplier.Apply(report, files);
            skipped = skippedNow;
            if (fixedFiles.Count == 0) break;
            foreach (var f in fixedFiles)
            {
                originals.TryAdd(f.File.FullPath, (f.File, f.OldText));
                texts[f.File.FullPath] = f.NewText;
                fixCount += f.FixCount;
            }
            (report, files) = LintEngine.Run(paths, config, new ProgressReporter(null, "fixing", 0), texts);
        }
        var changes = originals
            .Where(o => texts[o.Key] != o.Value.Text)
            .OrderBy(o => o.Value.File.DisplayPath, StringComparer.Ordinal)
            .Select(o => (o.Value.File, o.Value.Text, texts[o.Key]))
            .ToList();
        return new FixOutcome(changes, fixCount, skipped, report);
    }
}

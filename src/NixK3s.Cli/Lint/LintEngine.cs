using System.Collections.Concurrent;
using Nix.Syntax.Diagnostics;
using Nix.Syntax.Text;
using NixK3s.Cli.Config;
using NixK3s.Cli.Output;

namespace NixK3s.Cli.Lint;

/// <summary>
/// One lint run: parses the files in parallel, turns Nix's syntax diagnostics into findings, runs the K3S rules on
/// the files that parse, then applies the config's disabled rules and severity overrides.
/// </summary>
internal static class LintEngine
{
    /// <summary>Lints <paramref name="fullPaths"/>; files that cannot be read come back with <see cref="ParsedFile.ReadError"/> set.</summary>
    public static (LintReport Report, IReadOnlyList<ParsedFile> Files) Run(IReadOnlyList<string> fullPaths, LintConfiguration config, ProgressReporter progress)
    {
        var parsed = new ParsedFile[fullPaths.Count];
        Parallel.For(0, fullPaths.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            parsed[i] = ParsedFile.Read(fullPaths[i]);
            progress.Advance();
        });

        var findings = new ConcurrentBag<Finding>();
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var file in parsed)
        {
            if (file.Tree is not { } tree) continue;
            texts[file.DisplayPath] = tree.Text;
            foreach (var d in tree.GetDiagnostics())
                findings.Add(new Finding(d.Id, d.Severity, d.Message, SourceRegion.FromSpan(file.DisplayPath, tree.Text, d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
        }
        foreach (var finding in K3sRules.Run(parsed, config)) findings.Add(finding);

        var kept = findings
            .Where(f => !config.DisabledRules.Contains(f.RuleId))
            .Select(f => config.SeverityOverrides.TryGetValue(f.RuleId, out var severity) ? f with { Severity = severity } : f)
            .Where(f => f.Severity != DiagnosticSeverity.Hidden);
        var report = new LintReport(kept, texts, RuleCatalog.All, parsed.Count(f => f.Tree is not null));
        return (report, parsed);
    }
}

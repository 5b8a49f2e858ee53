using K3s.Modules.Linting;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;
using Nix.Syntax.Text;
using NixK3s.Cli.Config;
using NixK3s.Cli.Output;

namespace NixK3s.Cli.Lint;

/// <summary>
/// One lint run: parses the files in parallel, hands the trees to K3s.Modules' <see cref="Linter"/> (which follows
/// relative imports, groups files into hosts, reports Nix's syntax diagnostics in the same channel, and honours
/// <c># nixk3s-ignore</c> comments), then maps its findings to the CLI's shape, dropping those in paths the config ignores.
/// </summary>
internal static class LintEngine
{
    /// <summary>
    /// Lints <paramref name="fullPaths"/>. The files returned are those given (unreadable ones with
    /// <see cref="ParsedFile.ReadError"/> set) followed by the files reached through imports.
    /// </summary>
    /// <param name="fullPaths">The files to lint.</param>
    /// <param name="config">Disabled rules, severities, ignored paths.</param>
    /// <param name="progress">Advanced once per file parsed.</param>
    /// <param name="texts">Texts to use instead of the files' content (fixed in memory, not yet written); such files are linted as if given.</param>
    public static (LintReport Report, IReadOnlyList<ParsedFile> Files) Run(IReadOnlyList<string> fullPaths, LintConfiguration config, ProgressReporter progress, IReadOnlyDictionary<string, string>? texts = null)
    {
        var paths = texts is null ? fullPaths : fullPaths.Concat(texts.Keys.Where(k => !fullPaths.Contains(k))).ToList();
        var parsed = new ParsedFile[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            parsed[i] = texts is not null && texts.TryGetValue(paths[i], out var text) ? ParsedFile.FromText(paths[i], text) : ParsedFile.Read(paths[i]);
            progress.Advance();
        });

        var options = new LintOptions
        {
            DisabledRules = new HashSet<string>(config.DisabledRules, StringComparer.OrdinalIgnoreCase),
            SeverityOverrides = new Dictionary<string, DiagnosticSeverity>(config.SeverityOverrides, StringComparer.OrdinalIgnoreCase),
        };
        var result = Linter.Lint(parsed.Select(f => f.Tree).OfType<NixSyntaxTree>(), options);

        var files = parsed.ToList();
        var byPath = parsed.Where(f => f.Tree is not null).ToDictionary(f => f.FullPath, StringComparer.Ordinal);
        foreach (var module in result.Files)
        {
            if (module.Tree.FilePath is null || byPath.ContainsKey(Path.GetFullPath(module.Tree.FilePath))) continue;
            var imported = ParsedFile.FromTree(module.Tree);
            byPath[imported.FullPath] = imported;
            files.Add(imported);
        }

        var findings = new List<Finding>();
        foreach (var finding in result.Findings)
        {
            if (finding.Location.Path is not { } path || !byPath.TryGetValue(Path.GetFullPath(path), out var file)) continue;
            if (config.IsIgnored(file.FullPath, false)) continue;
            var span = finding.Location.Span;
            var region = SourceRegion.FromSpan(file.DisplayPath, file.Tree!.Text, span.Start, span.Length);
            findings.Add(new Finding(finding.RuleId, finding.Severity, finding.Message, region, MapFix(finding.Fix, byPath)));
        }

        var kept = findings
            .Where(f => !config.DisabledRules.Contains(f.RuleId))
            .Select(f => config.SeverityOverrides.TryGetValue(f.RuleId, out var severity) ? f with { Severity = severity } : f)
            .Where(f => f.Severity != DiagnosticSeverity.Hidden);
        var sources = byPath.Values.ToDictionary(f => f.DisplayPath, f => f.Tree!.Text, StringComparer.Ordinal);
        var report = new LintReport(kept, sources, RuleCatalog.All, parsed.Count(f => f.Tree is not null));
        return (report, files);
    }

    private static FindingFix? MapFix(LintFix? fix, Dictionary<string, ParsedFile> byPath)
    {
        if (fix is null || fix.Edits.Count == 0) return null;
        var edits = new List<TextEdit>();
        foreach (var edit in fix.Edits)
        {
            // An edit in a file the run has no tree for cannot be shown or applied: drop the whole fix.
            if (!byPath.TryGetValue(Path.GetFullPath(edit.Path), out var file)) return null;
            edits.Add(new TextEdit(SourceRegion.FromSpan(file.DisplayPath, file.Tree!.Text, edit.Span.Start, edit.Span.Length), edit.NewText));
        }
        return new FindingFix(fix.Description, edits);
    }
}

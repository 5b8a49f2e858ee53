using System.Text.RegularExpressions;
using K3s.Modules.Reading;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting;

/// <summary>
/// Lints NixOS k3s configurations: reads the files (in parallel), groups them into hosts, reports Nix
/// syntax diagnostics (NIX…) and the K3S rules' findings, honouring suppression comments and options.
/// A file that does not parse is reported and skipped; nothing here throws on any input.
/// </summary>
public static class Linter
{
    private static readonly LintRule[] Rules = Linting.Rules.RuleSet.Create();

    /// <summary>The ids of the rules that run (the catalogue may describe more).</summary>
    public static IReadOnlyList<string> ImplementedRules { get; } = Rules.Select(r => r.Id).ToArray();

    /// <summary>Lints files and directories (a directory means every <c>*.nix</c> under it).</summary>
    public static LintResult Lint(IEnumerable<string> files, LintOptions? options = null)
    {
        options ??= LintOptions.Default;
        var paths = Expand(files).Where(p => !IsIgnored(p, options)).ToList();
        var read = HostReader.ReadAll(paths);
        return Run(read, options);
    }

    /// <summary>Lints trees already parsed (e.g. by the CLI); each tree needs its <see cref="NixSyntaxTree.FilePath"/>.</summary>
    public static LintResult Lint(IEnumerable<NixSyntaxTree> trees, LintOptions? options = null)
    {
        options ??= LintOptions.Default;
        var list = trees.Where(t => t.FilePath is null || !IsIgnored(t.FilePath, options)).ToList();
        var files = new ModuleFile[list.Count];
        Parallel.For(0, list.Count, i => files[i] = ModuleReader.Read(list[i]));
        var read = new Dictionary<string, ModuleFile>(StringComparer.Ordinal);
        for (int i = 0; i < files.Length; i++) read[Path.GetFullPath(list[i].FilePath ?? $"<text {i}>")] = files[i];
        return Run(read, options);
    }

    private static LintResult Run(IReadOnlyDictionary<string, ModuleFile> read, LintOptions options)
    {
        var findings = new List<LintFinding>();
        foreach (var file in read.Values)
            foreach (var d in file.Diagnostics)
                findings.Add(new LintFinding(d.Id, d.Severity, d.Message, SourceLocation.Of(file.Tree, d.Location.SourceSpan)));

        var hosts = HostReader.Group(read);
        var perHost = new List<LintFinding>[hosts.Count];
        Parallel.For(0, hosts.Count, i => perHost[i] = RunRules(hosts[i], hosts.Count, options));
        foreach (var list in perHost) findings.AddRange(list);
        if (!options.DisabledRules.Contains("K3S018")) findings.AddRange(Linting.Rules.CriticalValuesCheck.Run(hosts));

        var trees = hosts.SelectMany(h => h.Files).Concat(read.Values).DistinctBy(f => f.Path ?? string.Empty)
            .Where(f => f.Path is not null).ToDictionary(f => f.Path!, f => f.Tree, StringComparer.Ordinal);
        var directives = new Dictionary<string, Dictionary<int, HashSet<string>>>(StringComparer.Ordinal);
        var kept = new List<LintFinding>();
        foreach (var finding in findings.DistinctBy(f => (f.RuleId, f.Message, f.Location.Path, f.Location.Span)))
        {
            if (options.DisabledRules.Contains(finding.RuleId)) continue;
            var severity = options.SeverityOverrides.TryGetValue(finding.RuleId, out var s) ? s : finding.Severity;
            if (severity == DiagnosticSeverity.Hidden) continue;
            if (finding.Location.Path is { } path && IsIgnored(path, options)) continue;
            if (finding.Location.Path is { } p && trees.TryGetValue(p, out var tree) && finding.RuleId.StartsWith("K3S", StringComparison.Ordinal))
            {
                if (!directives.TryGetValue(p, out var d)) directives[p] = d = Suppressions.Collect(tree);
                if (Suppressions.IsSuppressed(finding, tree, d)) continue;
            }
            kept.Add(finding with { Severity = severity });
        }
        kept.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Location.Path, b.Location.Path);
            if (c != 0) return c;
            c = a.Location.Span.Start.CompareTo(b.Location.Span.Start);
            return c != 0 ? c : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
        var allFiles = hosts.SelectMany(h => h.Files).Concat(read.Values).Distinct().ToList();
        return new LintResult(kept, hosts, allFiles);
    }

    private static List<LintFinding> RunRules(HostConfiguration host, int hostsInRun, LintOptions options)
    {
        var facts = new HostFacts(host, hostsInRun);
        var sink = new FindingSink();
        foreach (var rule in Rules)
        {
            if (options.DisabledRules.Contains(rule.Id)) continue;
            sink.CurrentRule = rule.Id;
            try
            {
                rule.Analyze(facts, sink);
            }
            catch (Exception e) when (e is InvalidOperationException or InvalidCastException or ArgumentException or NullReferenceException or IndexOutOfRangeException or KeyNotFoundException)
            {
                // A rule that trips over an unusual configuration reports nothing rather than stopping the run.
            }
        }
        return sink.Findings.ToList();
    }

    private static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*.nix", SearchOption.AllDirectories).Order(StringComparer.Ordinal)) yield return f;
            }
            else yield return input;
        }
    }

    private static bool IsIgnored(string path, LintOptions options)
    {
        if (options.IgnoredPaths.Count == 0) return false;
        var full = Path.GetFullPath(path).Replace('\\', '/');
        var given = path.Replace('\\', '/');
        foreach (var glob in options.IgnoredPaths)
        {
            var regex = GlobToRegex(glob.Replace('\\', '/'));
            if (regex.IsMatch(given) || regex.IsMatch(full)) return true;
        }
        return false;
    }

    private static Regex GlobToRegex(string glob)
    {
        var pattern = new System.Text.StringBuilder("(^|/)");
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*') { pattern.Append(".*"); i++; if (i + 1 < glob.Length && glob[i + 1] == '/') i++; }
            else if (c == '*') pattern.Append("[^/]*");
            else if (c == '?') pattern.Append("[^/]");
            else pattern.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}

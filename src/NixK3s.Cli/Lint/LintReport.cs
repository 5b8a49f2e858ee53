using Nix.Syntax.Text;

namespace NixK3s.Cli.Lint;

/// <summary>The outcome of a lint run: findings in file and position order, the texts of the files (for excerpts), and the rules that ran.</summary>
internal sealed class LintReport
{
    /// <summary>Creates a report; findings are sorted by path, offset, then rule id.</summary>
    public LintReport(IEnumerable<Finding> findings, IReadOnlyDictionary<string, SourceText> texts, IReadOnlyList<RuleInfo> rules, int fileCount)
    {
        Findings = findings
            .OrderBy(f => f.Region.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Region.Offset)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        Texts = texts;
        Rules = rules;
        FileCount = fileCount;
    }

    /// <summary>Everything found.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The text of each file read, by the path findings use.</summary>
    public IReadOnlyDictionary<string, SourceText> Texts { get; }

    /// <summary>The rules of the run (NIX diagnostics and K3S rules), for SARIF's rule list.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>How many files were linted.</summary>
    public int FileCount { get; }

    /// <summary>Number of findings at <paramref name="severity"/>.</summary>
    public int Count(Nix.Syntax.Diagnostics.DiagnosticSeverity severity) => Findings.Count(f => f.Severity == severity);
}

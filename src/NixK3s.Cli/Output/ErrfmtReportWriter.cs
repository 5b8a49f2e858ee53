using NixK3s.Cli.Lint;

namespace NixK3s.Cli.Output;

/// <summary>
/// The one-line form editors read: <c>file&gt;line:col:severity:id:message</c>, e.g.
/// <c>kubernetes.nix&gt;12:7:warning:K3S016:…</c>. Line breaks inside a message become spaces.
/// </summary>
internal static class ErrfmtReportWriter
{
    /// <summary>Writes one line a finding, nothing else.</summary>
    public static void Write(LintReport report, TextWriter output)
    {
        foreach (var f in report.Findings)
        {
            var message = f.Message.ReplaceLineEndings(" ");
            output.Write($"{f.Region.Path}>{f.Region.StartLine}:{f.Region.StartColumn}:{ReportWriter.SeverityName(f.Severity)}:{f.RuleId}:{message}\n");
        }
    }
}

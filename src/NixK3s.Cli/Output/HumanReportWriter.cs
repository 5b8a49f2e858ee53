using System.Text;
using Nix.Syntax.Diagnostics;
using Nix.Syntax.Text;
using NixK3s.Cli.Lint;

namespace NixK3s.Cli.Output;

/// <summary>
/// rustc-style output: a header line with severity, id and message, the location, the source line with the span
/// underlined, the fix if there is one, and a summary at the end.
/// </summary>
internal static class HumanReportWriter
{
    /// <summary>Writes every finding, then the summary line.</summary>
    public static void Write(LintReport report, TextWriter output, bool color)
    {
        var text = new StringBuilder();
        foreach (var finding in report.Findings) WriteFinding(text, finding, report, color);
        text.Append(Summary(report)).Append('\n');
        output.Write(text.ToString());
    }

    private static void WriteFinding(StringBuilder text, Finding f, LintReport report, bool color)
    {
        var severity = ReportWriter.SeverityName(f.Severity);
        var paint = f.Severity switch
        {
            DiagnosticSeverity.Error => "\e[1;31m",
            DiagnosticSeverity.Warning => "\e[1;33m",
            _ => "\e[1;36m",
        };
        text.Append(Paint(color, paint, $"{severity}[{f.RuleId}]")).Append(Paint(color, "\e[1m", $": {f.Message}")).Append('\n');
        var region = f.Region;
        var gutter = new string(' ', region.StartLine.ToString().Length);
        text.Append(gutter).Append(Paint(color, "\e[1;34m", "--> ")).Append($"{region.Path}:{region.StartLine}:{region.StartColumn}\n");
        if (report.Texts.TryGetValue(region.Path, out var source) && SourceLine(source, region.StartLine) is { } line)
        {
            text.Append(gutter).Append(" |\n");
            text.Append(region.StartLine).Append(" | ").Append(line).Append('\n');
            int start = Math.Min(region.StartColumn - 1, line.Length);
            int end = region.EndLine == region.StartLine ? Math.Min(region.EndColumn - 1, line.Length) : line.Length;
            var underline = new StringBuilder();
            // Keep tabs where the source has them, so the carets line up in any tab width.
            for (int i = 0; i < start; i++) underline.Append(line[i] == '\t' ? '\t' : ' ');
            underline.Append(new string('^', Math.Max(1, end - start)));
            text.Append(gutter).Append(" | ").Append(Paint(color, paint, underline.ToString()));
            if (region.EndLine > region.StartLine) text.Append($" (to line {region.EndLine})");
            text.Append('\n');
        }
        if (f.Fix is { } fix) text.Append(gutter).Append($" = fix: {fix.Description} (nixk3s lint --fix)\n");
        if (f.RuleId.StartsWith("K3S", StringComparison.Ordinal)) text.Append(gutter).Append($" = help: nixk3s explain {f.RuleId}\n");
        text.Append('\n');
    }

    /// <summary>"2 errors, 1 warning and 3 infos in 4 files (2 fixable with --fix)", or "no problems in 4 files".</summary>
    public static string Summary(LintReport report)
    {
        int errors = report.Count(DiagnosticSeverity.Error), warnings = report.Count(DiagnosticSeverity.Warning), infos = report.Count(DiagnosticSeverity.Info);
        var files = Plural(report.FileCount, "file");
        if (errors + warnings + infos == 0) return $"no problems in {files}";
        var parts = new List<string>();
        if (errors > 0) parts.Add(Plural(errors, "error"));
        if (warnings > 0) parts.Add(Plural(warnings, "warning"));
        if (infos > 0) parts.Add(Plural(infos, "info"));
        int fixable = report.Findings.Count(f => f.Fix is not null);
        var fixes = fixable > 0 ? $" ({fixable} fixable with --fix)" : "";
        return $"{string.Join(", ", parts)} in {files}{fixes}";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string? SourceLine(SourceText source, int line)
    {
        if (line < 1 || line > source.LineCount) return null;
        int start = source.GetLineStart(line - 1);
        int end = line < source.LineCount ? source.GetLineStart(line) : source.Length;
        return source.Text[start..end].TrimEnd('\n', '\r');
    }

    private static string Paint(bool color, string code, string text) => color ? $"{code}{text}\e[0m" : text;
}

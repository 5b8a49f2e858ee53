using System.Text.Json;
using Nix.Syntax.Diagnostics;
using NixK3s.Cli.Lint;

namespace NixK3s.Cli.Output;

/// <summary>
/// The JSON format: <c>{ "version": 1, "files": n, "summary": {…}, "findings": [ { ruleId, severity, message, path,
/// line, column, endLine, endColumn, offset, length, fix? } ] }</c>. Lines and columns are 1-based, end columns
/// exclusive, offsets in UTF-16 code units.
/// </summary>
internal static class JsonReportWriter
{
    /// <summary>Writes the whole document.</summary>
    public static void Write(LintReport report, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        writer.WriteNumber("files", report.FileCount);
        writer.WriteStartObject("summary");
        writer.WriteNumber("errors", report.Count(DiagnosticSeverity.Error));
        writer.WriteNumber("warnings", report.Count(DiagnosticSeverity.Warning));
        writer.WriteNumber("infos", report.Count(DiagnosticSeverity.Info));
        writer.WriteEndObject();
        writer.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", f.RuleId);
            writer.WriteString("severity", ReportWriter.SeverityName(f.Severity));
            writer.WriteString("message", f.Message);
            WriteRegion(writer, f.Region, withPath: true);
            if (f.Fix is { } fix)
            {
                writer.WriteStartObject("fix");
                writer.WriteString("description", fix.Description);
                writer.WriteStartArray("edits");
                foreach (var edit in fix.Edits)
                {
                    writer.WriteStartObject();
                    WriteRegion(writer, edit.Region, withPath: true);
                    writer.WriteString("newText", edit.NewText);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, SourceRegion region, bool withPath)
    {
        if (withPath) writer.WriteString("path", region.Path);
        writer.WriteNumber("line", region.StartLine);
        writer.WriteNumber("column", region.StartColumn);
        writer.WriteNumber("endLine", region.EndLine);
        writer.WriteNumber("endColumn", region.EndColumn);
        writer.WriteNumber("offset", region.Offset);
        writer.WriteNumber("length", region.Length);
    }
}

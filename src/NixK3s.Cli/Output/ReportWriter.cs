using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Nix.Syntax.Diagnostics;
using NixK3s.Cli.Lint;

namespace NixK3s.Cli.Output;

/// <summary>Writes a <see cref="LintReport"/> in one <see cref="OutputFormat"/>.</summary>
internal static class ReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="color">ANSI colours in the human format (only when writing to a terminal).</param>
    /// <param name="sourceRoot">The folder relative paths start from (SARIF's %SRCROOT%); default: the current folder.</param>
    public static void Write(LintReport report, OutputFormat format, TextWriter output, bool color = false, string? sourceRoot = null)
    {
        switch (format)
        {
            case OutputFormat.Human:
                HumanReportWriter.Write(report, output, color);
                break;
            case OutputFormat.Errfmt:
                ErrfmtReportWriter.Write(report, output);
                break;
            case OutputFormat.Json:
                output.Write(WriteJson(writer => JsonReportWriter.Write(report, writer)));
                break;
            case OutputFormat.Sarif:
                output.Write(WriteJson(writer => SarifReportWriter.Write(report, writer, sourceRoot)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>The lower-case severity word used by the human, errfmt and JSON formats.</summary>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    private static string WriteJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}

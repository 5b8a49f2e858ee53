using System.Text.Json;
using Nix.Syntax.Diagnostics;
using NixK3s.Cli.Lint;

namespace NixK3s.Cli.Output;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning reads it: one run, the tool's rules with short and full descriptions, help
/// text and default level, and results with ruleId, ruleIndex, level, message, a physical location with a region
/// (1-based lines and columns, end column exclusive, UTF-16 columns, SARIF's default) and fixes as replacements.
/// Relative paths are written relative to <c>%SRCROOT%</c>, the folder nixk3s ran in.
/// </summary>
internal static class SarifReportWriter
{
    /// <summary>The schema GitHub and the SARIF validator know.</summary>
    public const string Schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private const string InformationUri = "https://github.com/nixk3s/nixk3s";

    /// <summary>Writes the log; relative paths are relative to <paramref name="sourceRoot"/> (default: the current folder).</summary>
    public static void Write(LintReport report, Utf8JsonWriter writer, string? sourceRoot = null)
    {
        var rules = report.Rules.ToList();
        // A finding of a rule the catalogue does not list (should not happen) still gets a rule entry.
        foreach (var id in report.Findings.Select(f => f.RuleId).Distinct().Where(id => rules.All(r => r.Id != id)))
            rules.Add(new RuleInfo(id, DiagnosticSeverity.Warning, id, id, false));
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);

        writer.WriteStartObject();
        writer.WriteString("$schema", Schema);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();

        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "nixk3s");
        writer.WriteString("informationUri", InformationUri);
        var version = typeof(SarifReportWriter).Assembly.GetName().Version ?? new Version(0, 0, 0);
        writer.WriteString("version", $"{version.Major}.{version.Minor}.{version.Build}");
        writer.WriteString("semanticVersion", $"{version.Major}.{version.Minor}.{version.Build}");
        writer.WriteStartArray("rules");
        foreach (var rule in rules) WriteRule(writer, rule);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("originalUriBaseIds");
        writer.WriteStartObject("%SRCROOT%");
        writer.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(sourceRoot ?? Environment.CurrentDirectory) + "/").AbsoluteUri);
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
        foreach (var f in report.Findings) WriteResult(writer, f, ruleIndex[f.RuleId]);
        writer.WriteEndArray();

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>SARIF's level for a severity: error, warning or note.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static void WriteRule(Utf8JsonWriter writer, RuleInfo rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", PascalName(rule.Title));
        writer.WriteStartObject("shortDescription");
        writer.WriteString("text", rule.Title);
        writer.WriteEndObject();
        writer.WriteStartObject("fullDescription");
        writer.WriteString("text", rule.Explanation);
        writer.WriteEndObject();
        writer.WriteStartObject("help");
        writer.WriteString("text", rule.Explanation + (rule.HasFix ? "\n\nAutomatic fix: nixk3s lint --fix" : ""));
        writer.WriteString("markdown", $"**{rule.Id}: {rule.Title}**\n\n{rule.Explanation}" + (rule.HasFix ? "\n\nAutomatic fix: `nixk3s lint --fix`" : ""));
        writer.WriteEndObject();
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(rule.DefaultSeverity));
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteStartArray("tags");
        writer.WriteStringValue(rule.Id.StartsWith("NIX", StringComparison.Ordinal) ? "syntax" : "k3s");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Finding f, int ruleIndex)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", f.RuleId);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", Level(f.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", f.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifact(writer, f.Region.Path);
        WriteRegion(writer, "region", f.Region);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (f.Fix is { } fix)
        {
            writer.WriteStartArray("fixes");
            writer.WriteStartObject();
            writer.WriteStartObject("description");
            writer.WriteString("text", fix.Description);
            writer.WriteEndObject();
            writer.WriteStartArray("artifactChanges");
            foreach (var group in fix.Edits.GroupBy(e => e.Region.Path))
            {
                writer.WriteStartObject();
                WriteArtifact(writer, group.Key);
                writer.WriteStartArray("replacements");
                foreach (var edit in group)
                {
                    writer.WriteStartObject();
                    WriteRegion(writer, "deletedRegion", edit.Region);
                    writer.WriteStartObject("insertedContent");
                    writer.WriteString("text", edit.NewText);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter writer, string path)
    {
        writer.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(path))
        {
            writer.WriteString("uri", new Uri(path).AbsoluteUri);
        }
        else
        {
            writer.WriteString("uri", string.Join('/', path.Split('/', '\\').Select(Uri.EscapeDataString)));
            writer.WriteString("uriBaseId", "%SRCROOT%");
        }
        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, string name, SourceRegion region)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("startLine", region.StartLine);
        writer.WriteNumber("startColumn", region.StartColumn);
        writer.WriteNumber("endLine", region.EndLine);
        writer.WriteNumber("endColumn", region.EndColumn);
        writer.WriteNumber("charOffset", region.Offset);
        writer.WriteNumber("charLength", region.Length);
        writer.WriteEndObject();
    }

    private static string PascalName(string title) =>
        string.Concat(title.Split([' ', '-', '_', '/', '.', ',', '(', ')', '\'', '"', '`', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}

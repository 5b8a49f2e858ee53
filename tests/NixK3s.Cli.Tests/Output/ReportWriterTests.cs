using System.Text.Json;
using Nix.Syntax.Diagnostics;
using Nix.Syntax.Text;
using NixK3s.Cli.Lint;
using NixK3s.Cli.Output;

namespace NixK3s.Cli.Tests.Output;

/// <summary>
/// The four output formats on one fixture with hand-made findings (a fix, a syntax-channel finding, a multi-line span),
/// compared with golden files, and the SARIF log checked structurally the way GitHub code scanning reads it.
/// </summary>
public class ReportWriterTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "golden", "host.nix");

    [Theory]
    [InlineData("human", "host.human.txt")]
    [InlineData("errfmt", "host.errfmt.txt")]
    [InlineData("json", "host.json")]
    [InlineData("sarif", "host.sarif")]
    public void MatchesTheGoldenFile(string formatName, string golden)
    {
        var format = Enum.Parse<OutputFormat>(formatName, ignoreCase: true);
        var output = new StringWriter();
        ReportWriter.Write(BuildReport(), format, output, color: false, sourceRoot: "/src/cluster");
        GoldenFile.AssertMatches(golden, output.ToString());
    }

    [Fact]
    public void SarifHasWhatCodeScanningNeeds()
    {
        var output = new StringWriter();
        ReportWriter.Write(BuildReport(), OutputFormat.Sarif, output, sourceRoot: "/src/cluster");
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-schema-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("nixk3s", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.All(rules, rule =>
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("text").GetString()));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        });
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("host.nix", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            var region = location.GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            Assert.True(region.GetProperty("endLine").GetInt32() >= region.GetProperty("startLine").GetInt32());
        }
        var withFix = results.Single(r => r.TryGetProperty("fixes", out _));
        var replacement = withFix.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("\"--write-kubeconfig-mode=0640\"", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal(8, replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32());
        Assert.Equal("file:///src/cluster/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
    }

    [Fact]
    public void HumanUnderlinesTheSpanUnderTheSourceLine()
    {
        var output = new StringWriter();
        ReportWriter.Write(BuildReport(), OutputFormat.Human, output);
        var lines = output.ToString().Split('\n');
        int source = Array.FindIndex(lines, l => l.StartsWith("8 |", StringComparison.Ordinal));
        Assert.Equal("8 |     extraFlags = [ \"--write-kubeconfig-mode=644\" ];", lines[source]);
        Assert.Equal("  |                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", lines[source + 1]);
    }

    private static LintReport BuildReport()
    {
        var text = new SourceText(File.ReadAllText(Fixture).ReplaceLineEndings("\n"));
        SourceRegion At(string snippet) => SourceRegion.FromSpan("host.nix", text, text.Text.IndexOf(snippet, StringComparison.Ordinal), snippet.Length);
        var mode = At("\"--write-kubeconfig-mode=644\"");
        var findings = new[]
        {
            new Finding("K3S016", DiagnosticSeverity.Warning, "--write-kubeconfig-mode=644 lets every local user read the admin kubeconfig", mode,
                new FindingFix("use mode 0640", [new TextEdit(mode, "\"--write-kubeconfig-mode=0640\"")])),
            new Finding("K3S001", DiagnosticSeverity.Error, "\"flannel\" is not a component k3s can disable", At("\"flannel\"")),
            new Finding("K3S013", DiagnosticSeverity.Warning, "the firewall is off on a server node", At("networking.firewall.enable = false")),
            new Finding("NIX2001", DiagnosticSeverity.Info, "a multi-line span", At("services.k3s = {\n    enable")),
        };
        var rules = new[]
        {
            new RuleInfo("K3S001", DiagnosticSeverity.Error, "Invalid disable item", "Only packaged components can be disabled.", true),
            new RuleInfo("K3S013", DiagnosticSeverity.Warning, "Firewall off", "A server should keep the firewall on.", false),
            new RuleInfo("K3S016", DiagnosticSeverity.Warning, "World-readable kubeconfig", "Mode 644 lets every local user read the admin kubeconfig.", true),
            new RuleInfo("NIX2001", DiagnosticSeverity.Warning, "'or' used as a variable", "Nix 2.25 warns.", false),
        };
        return new LintReport(findings, new Dictionary<string, SourceText> { ["host.nix"] = text }, rules, 1);
    }
}

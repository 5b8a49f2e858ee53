using K3s.Modules.Linting;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Tests.Linting;

/// <summary>The lint run itself: suppression comments, options, syntax diagnostics, locations, parsed trees.</summary>
public sealed class LinterTests
{
    private const string Bad = "{ services.k3s.enable = true;\n  # nixk3s-ignore K3S016\n  services.k3s.extraFlags = [ \"--write-kubeconfig-mode=644\" ];\n  services.k3s.disable = [ \"flannel\" ]; # nixk3s-ignore K3S001\n}\n";

    [Fact]
    public void SuppressionCommentsOnTheLineOrTheLineBefore()
    {
        var r = LintHarness.Text(Bad);
        Assert.Empty(r.Of("K3S016"));
        Assert.Empty(r.Of("K3S001"));
        var unsuppressed = LintHarness.Text(Bad.Replace("nixk3s-ignore", "note"));
        Assert.Single(unsuppressed.Of("K3S016"));
        Assert.Single(unsuppressed.Of("K3S001"));
    }

    [Fact]
    public void SuppressionOnTheBindingBefore()
    {
        var text = "{\n  # nixk3s-ignore K3S016\n  services.k3s = {\n    enable = true;\n    extraFlags = [\n      \"--write-kubeconfig-mode=644\"\n    ];\n  };\n}\n";
        Assert.Empty(LintHarness.Text(text).Of("K3S016"));
    }

    [Fact]
    public void OptionsDisableAndOverride()
    {
        var text = Bad.Replace("nixk3s-ignore", "note");
        var options = new LintOptions
        {
            DisabledRules = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "k3s001" },
            SeverityOverrides = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase) { ["K3S016"] = DiagnosticSeverity.Error },
        };
        var r = LintHarness.Text(text, options);
        Assert.Empty(r.Of("K3S001"));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(r.Of("K3S016")).Severity);
        var ignored = LintHarness.Text(text, new LintOptions { IgnoredPaths = ["**/host.nix"] });
        Assert.Empty(ignored.Findings);
    }

    [Fact]
    public void SyntaxErrorsAreReportedAndTheFileSkipped()
    {
        var r = LintHarness.Files(null, ("a.nix", "{ services.k3s.enable = ; }"), ("b.nix", "{ services.k3s.disable = [ \"flannel\" ]; }"));
        Assert.Contains(r.Findings, f => f.RuleId.StartsWith("NIX") && f.Location.Path!.EndsWith("a.nix"));
        Assert.Single(r.Of("K3S001"));
    }

    [Fact]
    public void LocationsPointAtTheOffendingValue()
    {
        var text = "{\n  services.k3s.disable = [ \"traefik\" \"flannel\" ];\n}\n";
        var f = Assert.Single(LintHarness.Text(text).Of("K3S001"));
        Assert.Equal(2, f.Location.StartLine);
        Assert.Equal(38, f.Location.StartColumn);
        Assert.Equal("\"flannel\"", text.Substring(f.Location.Span.Start, f.Location.Span.Length));
        Assert.Contains("'flannel'", f.Message);
    }

    [Fact]
    public void LintsParsedTrees()
    {
        var tree = NixSyntaxTree.ParseText("{ services.k3s.disable = [ \"flannel\" ]; }", Path.Combine(Path.GetTempPath(), "tree-host.nix"));
        Assert.Single(Linter.Lint([tree]).Of("K3S001"));
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool NeverThrowsOnArbitraryText(string text)
    {
        var tree = NixSyntaxTree.ParseText(text ?? string.Empty, Path.Combine(Path.GetTempPath(), "arbitrary.nix"));
        var result = Linter.Lint([tree]);
        return result.Findings.All(f => f.RuleId.Length > 0);
    }
}

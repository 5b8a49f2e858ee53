using Nix.Syntax.Diagnostics;
using NixK3s.Cli.Config;

namespace NixK3s.Cli.Tests.Config;

/// <summary>.nixk3s.json: reading rules, disable and ignore; rejecting nonsense with the file's name; finding it by walking up.</summary>
public class LintConfigurationTests
{
    [Fact]
    public void ReadsRulesDisableAndIgnore()
    {
        using var folder = new TempFolder();
        var path = folder.Write(".nixk3s.json", """
            {
              // comments and trailing commas are fine
              "rules": { "K3S013": "off", "k3s016": "error", "NIX2001": "info" },
              "disable": [ "K3S025" ],
              "ignore": [ "vendor/", "hosts/legacy/*.nix" ],
            }
            """);

        var config = LintConfiguration.Load(path);

        Assert.Equal(["K3S013", "K3S025"], config.DisabledRules.Order());
        Assert.Equal(DiagnosticSeverity.Error, config.SeverityOverrides["K3S016"]);
        Assert.Equal(DiagnosticSeverity.Info, config.SeverityOverrides["NIX2001"]);
        Assert.True(config.IsIgnored(folder["vendor"], isDirectory: true));
        Assert.True(config.IsIgnored(folder["hosts/legacy/old.nix"], isDirectory: false));
        Assert.False(config.IsIgnored(folder["hosts/new.nix"], isDirectory: false));
        Assert.False(config.IsIgnored(Path.Combine(Path.GetTempPath(), "elsewhere.nix"), isDirectory: false));
    }

    [Theory]
    [InlineData("[1]", "the top level must be an object")]
    [InlineData("{ \"rule\": {} }", "unknown setting 'rule'")]
    [InlineData("{ \"rules\": { \"K3S001\": \"loud\" } }", "unknown severity 'loud'")]
    [InlineData("{ \"rules\": { \"flannel\": \"off\" } }", "'flannel' is not a rule id")]
    [InlineData("{ \"ignore\": \"vendor\" }", "'ignore' must be an array of strings")]
    [InlineData("{ \"rules\": ", "not valid JSON")]
    public void NonsenseIsRejectedWithTheFileName(string text, string problem)
    {
        var e = Assert.Throws<ConfigurationException>(() => LintConfiguration.Parse(text, "/x/.nixk3s.json"));
        Assert.StartsWith("/x/.nixk3s.json: ", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void FindWalksUpAndStopsAtTheRepositoryRoot()
    {
        using var folder = new TempFolder();
        var outer = folder.Write(".nixk3s.json", "{}");
        folder.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        var inner = folder.Write("repo/hosts/.nixk3s.json", "{}");
        folder.Write("repo/hosts/a/b.nix", "{ }");
        folder.Write("repo/other/c.nix", "{ }");
        folder.Write("plain/d.nix", "{ }");

        Assert.Equal(inner, LintConfiguration.Find(folder["repo/hosts/a/b.nix"]));
        Assert.Equal(inner, LintConfiguration.Find(folder["repo/hosts"]));
        Assert.Null(LintConfiguration.Find(folder["repo/other/c.nix"])); // the repository root ends the search
        Assert.Equal(outer, LintConfiguration.Find(folder["plain/d.nix"]));
    }
}

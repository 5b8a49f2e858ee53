using K3s.Modules.Editing;
using K3s.Modules.Values;

namespace K3s.Modules.Tests.ReadBack;

/// <summary>Values the model cannot type are reported with what they are and where, and unknowns carry their location.</summary>
public sealed class ReadIssueTests
{
    private const string Path = "/virtual/issues.nix";

    private const string Text = """
        { config, lib, pkgs, ... }:
        let
          ports = import ./ports.nix;
        in
        {
          boot.kernelModules = "br_netfilter";
          networking.firewall.allowedTCPPorts = [ 6443 "10250" ];
          networking.firewall.allowedUDPPorts = ports.udp;
          services.k3s.clusterInit = lib.mkIf config.k3s.first true;
          services.k3s.role = "worker";
        }
        """;

    private static IReadOnlyList<ModuleReadIssue> Issues() => K3sModuleDocument.Parse(Text, Path).Issues;

    private static ModuleReadIssue Issue(string path) => Assert.Single(Issues(), i => i.Path == path);

    [Fact]
    public void AStringWhereAListIsExpectedIsATypeMismatch()
    {
        var issue = Issue("boot.kernelModules");
        Assert.Equal(ModuleReadIssueKind.TypeMismatch, issue.Kind);
        Assert.Equal("a string where a list of module names (strings) is expected", issue.Message);
        Assert.Equal(6, issue.Location!.StartLine);
    }

    [Fact]
    public void AListWithAnElementOfTheWrongType()
    {
        var issue = Issue("networking.firewall.allowedTCPPorts");
        Assert.Equal(ModuleReadIssueKind.TypeMismatch, issue.Kind);
        Assert.Contains("a list with a string", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownValueKeepsItsSourceAndLocation()
    {
        var issue = Issue("networking.firewall.allowedUDPPorts");
        Assert.Equal(ModuleReadIssueKind.Unknown, issue.Kind);
        Assert.Contains("ports.udp", issue.Message, StringComparison.Ordinal);
        Assert.Equal(new global::K3s.Modules.Reading.SourceLocation(Path, issue.Location!.Span, 8, 41, 8, 50), issue.Location);
        // The model's value is the expression, with the same location.
        var value = Assert.Single(K3sModuleDocument.Parse(Text, Path).Model.OtherSettings.Bindings, b => b.Path.ToString() == "networking.firewall.allowedUDPPorts").Value;
        Assert.Equal(issue.Location, Assert.IsType<NixExpression>(value).Location);
    }

    [Fact]
    public void AConditionalValueIsReportedAsConditional()
    {
        var issue = Issue("services.k3s.clusterInit");
        Assert.Equal(ModuleReadIssueKind.Conditional, issue.Kind);
        Assert.Contains("config.k3s.first", issue.Message, StringComparison.Ordinal);
        Assert.Equal(9, issue.Location!.StartLine);
    }

    [Fact]
    public void ARoleThatIsNoRole()
    {
        var issue = Issue("services.k3s.role");
        Assert.Equal(ModuleReadIssueKind.TypeMismatch, issue.Kind);
        Assert.Equal("a string where \"server\" or \"agent\" is expected", issue.Message);
    }

    [Fact]
    public void TypedValuesHaveNoIssues()
    {
        var document = K3sModuleDocument.Parse("{ ... }: { boot.kernelModules = [ \"overlay\" ]; services.k3s.role = \"server\"; }", Path);
        Assert.Empty(document.Issues);
    }

    [Fact]
    public void SiniFixture_UnknownClusterInitPointsAtItsLetBinding()
    {
        var files = Reading.FixturePaths.Directory("sini-style").ToArray();
        var document = K3sModuleDocument.Load(files);
        var init = Assert.IsType<NixExpression>(Assert.Single(document.Model.OtherSettings.Bindings, b => b.Path.ToString() == "services.k3s.clusterInit").Value);
        var k3s = files.Single(f => f.EndsWith("k3s.nix", StringComparison.Ordinal) && !f.Contains("hosts", StringComparison.Ordinal));
        int line = Array.FindIndex(File.ReadAllLines(k3s), l => l.Contains("shouldInit = (builtins.length", StringComparison.Ordinal)) + 1;
        Assert.Equal(k3s, init.Location!.Path);
        Assert.Equal(line, init.Location.StartLine);
        Assert.Contains(document.Issues, i => i.Path == "services.k3s.clusterInit" && i.Location == init.Location);
    }

    [Fact]
    public void ExpressionsMadeInCodeHaveNoLocation() => Assert.Null(NixExpression.Parse("config.a.b").Location);
}

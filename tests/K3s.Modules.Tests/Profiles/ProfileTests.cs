using K3s.Modules.Profiles;
using K3s.Modules.Tests.Support;
using Nix.Syntax;
using K3s.Modules.Values;

namespace K3s.Modules.Tests.Profiles;

/// <summary>Every profile of the catalog: golden text, clean parse, Nix's parser, exact read-back.</summary>
public sealed class ProfileTests
{
    public static readonly Dictionary<string, string> Parameters = new()
    {
        ["hostname"] = "k3s-01",
        ["fqdn"] = "k3s-01.example.org",
        ["externalIp"] = "203.0.113.10",
        ["tokenFile"] = "config.age.secrets.k3s-token.path",
        ["env"] = "production",
    };

    public static TheoryData<string> GoldenProfiles => new(ProfileCatalog.Names.Where(n => n != "design-document-example"));

    public static TheoryData<string> AllProfiles => new(ProfileCatalog.Names);

    [Fact]
    public void CatalogHasTheSixProfilesNamedAfterTheirGoldenFiles()
    {
        Assert.Equal(["design-document-example", "local-dev", "production", "ha-first-server", "ha-joining-server", "cilium-server"], ProfileCatalog.Names);
        foreach (var name in ProfileCatalog.Names) Assert.True(File.Exists(Goldens.PathOf(name)), name);
        Assert.All(ProfileCatalog.Profiles, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
    }

    [Theory]
    [MemberData(nameof(GoldenProfiles))]
    public void EmittedTextIsTheGolden(string name) =>
        Goldens.Check(name, ProfileCatalog.Build(name, Parameters).ToNixText());

    [Theory]
    [MemberData(nameof(AllProfiles))]
    public void EmittedTextParsesWithoutDiagnosticsAndRoundTrips(string name)
    {
        var module = ProfileCatalog.Build(name, Parameters);
        var tree = module.ToSyntaxTree();
        var text = tree.ToFullString();
        var parsed = NixSyntaxTree.ParseText(text);
        Assert.Empty(parsed.GetDiagnostics());
        Assert.True(parsed.GetRoot().IsEquivalentTo(tree));
        Assert.Equal(module, K3sNodeModule.FromSyntax(tree));
        Assert.Equal(module, K3sNodeModule.Parse(text));
    }

    [NixInstalledFact]
    public void NixParsesEveryProfile()
    {
        foreach (var name in ProfileCatalog.Names)
            Assert.Null(NixInstantiate.ParseTextError(ProfileCatalog.Build(name, Parameters).ToNixText()));
    }

    [Fact]
    public void CiliumServerIsRightWhereTheDesignDocumentIsWrong()
    {
        var cilium = CiliumServer.Build();
        Assert.DoesNotContain(cilium.K3s.Disable, d => d.Name == "flannel");
        Assert.All(cilium.K3s.Disable, d => Assert.True(d.IsKnown, d.Name));
        Assert.Contains(cilium.K3s.ExtraFlags, f => f.Value.PlainText == "--flannel-backend=none");
        Assert.DoesNotContain(cilium.Firewall.AllowedUdpPorts, p => p.Number == 4789);
        Assert.DoesNotContain(cilium.K3s.ExtraFlags, f => f.Value.PlainText.StartsWith("--write-kubeconfig-mode", StringComparison.Ordinal));

        var document = DesignDocumentExample.Build();
        Assert.Contains(document.K3s.Disable, d => d.Name == "flannel");
        Assert.Contains(document.Firewall.AllowedUdpPorts, p => p.Number == 4789);
    }

    [Fact]
    public void ProductionHasTlsSansCidrsTokenAndFirewall()
    {
        var module = ProfileCatalog.Build("production", Parameters);
        var flags = module.K3s.ExtraFlags.Select(f => f.Value.ToString()).ToList();
        Assert.Contains("\"--tls-san=${config.networking.fqdn}\"", flags);
        Assert.Contains("\"--tls-san=203.0.113.10\"", flags);
        Assert.Contains("\"--cluster-cidr=10.42.0.0/16\"", flags);
        Assert.True(module.K3s.ClusterInit);
        Assert.True(module.Firewall.Enable);
        Assert.Equal(NixExpression.AgenixSecret("k3s-token"), module.K3s.TokenFile);
        Assert.Contains(module.Firewall.AllowedTcpPorts, p => p.Number == 2379);
    }

    [Fact]
    public void JoiningServerHasServerAddrAndNoClusterInit()
    {
        var module = ProfileCatalog.Build("ha-joining-server", Parameters);
        Assert.Null(module.K3s.ClusterInit);
        Assert.Equal(NixString.Of("https://10.0.0.10:6443"), module.K3s.ServerAddr);
        Assert.Contains("serverAddr = \"https://10.0.0.10:6443\"; # First server address", module.ToNixText());
    }

    [Fact]
    public void LocalEnvironmentTurnsTheFirewallOff()
    {
        var local = ProfileCatalog.Build("cilium-server", new Dictionary<string, string> { ["env"] = "local" });
        Assert.False(local.Firewall.Enable);
        Assert.Throws<ArgumentException>(() => ProfileCatalog.Build("cilium-server", new Dictionary<string, string> { ["env"] = "staging" }));
        Assert.Throws<ArgumentException>(() => ProfileCatalog.Build("no-such-profile"));
    }
}

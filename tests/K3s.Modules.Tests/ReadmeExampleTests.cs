using K3s.Modules.Composition;
using K3s.Modules.Linting;
using K3s.Modules.Profiles;
using K3s.Modules.Values;
using Nix.Syntax;
using Nix.Syntax.Formatting;

namespace K3s.Modules.Tests;

/// <summary>The README's K3s.Modules example, step by step, with what it claims.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeModulesExampleDoesWhatItSays()
    {
        var server = CiliumServer.Build(new ServerParameters { Hostname = "node-1", Fqdn = "node-1.example.net", ExternalIp = "203.0.113.5" });
        var zeroTier = new K3sNodeModule
        {
            Firewall = new Firewall { AllowedUdpPorts = [new FirewallPort(9993, "ZeroTier")], TrustedInterfaces = ["zt+"] },
            OtherSettings = NixAttrs.Empty.Set("services.zerotierone.enable", true),
        };
        var node = ModuleComposer.Compose(new("cilium", server), new("zerotier", zeroTier));

        string text = node.ToNixText();
        Assert.StartsWith("{\n  config,\n  lib,\n  pkgs,\n  ...\n}:\n\n{\n", text);
        Assert.Contains("9993 # ZeroTier", text);
        Assert.Empty(NixSyntaxTree.ParseText(text).GetDiagnostics());
        Assert.Equal(text, NixFormatter.Format(text).Text);
        Assert.Equal(node, K3sNodeModule.Parse(text));

        // The README's lint example: the bundled cluster has errors (flannel in disable).
        var result = Linter.Lint([Path.Combine(RepoRoot(), "examples", "cluster")]);
        Assert.Contains(result.Findings, f => f.RuleId == "K3S001" && f.Message.Contains("flannel"));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NixK3s.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("NixK3s.sln not found above the test binaries");
    }
}

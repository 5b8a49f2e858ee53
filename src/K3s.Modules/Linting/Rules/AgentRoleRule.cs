using K3s.Modules.Linting.Flags;
using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S019: an agent with server settings, or without a server or token.</summary>
internal sealed class AgentRoleRule() : LintRule("K3S019")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        if (!host.HasK3s || !host.IsAgent) return;
        foreach (var option in new[] { "clusterInit", "disableAgent" })
            foreach (var d in RuleHelpers.KnownTrue(host, option))
                sink.Report(DiagnosticSeverity.Error, $"{option} = true on an agent fails the nixpkgs assertion", d);
        var anchor = host.K3sDefinitions("role").First();
        bool Defined(string option) => host.K3sDefinitions(option).Any(d => d.Value is not (NixNull or NixString { Value: "" }));
        if (!Defined("serverAddr") && !Defined("configPath") && !host.Flags.Has("server") && !host.Flags.HasUnknownFlags)
            sink.Report(DiagnosticSeverity.Warning, "agent without serverAddr or configPath: it has no server to join", anchor);
        if (!Defined("token") && !Defined("tokenFile") && !Defined("configPath") && !Defined("environmentFile") && !host.Flags.Has("token") && !host.Flags.Has("token-file") && !host.Flags.HasUnknownFlags)
            sink.Report(DiagnosticSeverity.Warning, "agent without token, tokenFile, environmentFile or configPath: it cannot authenticate", anchor);
        foreach (var option in new[] { "agentToken", "agentTokenFile", "disable", "manifests", "charts", "autoDeployCharts" })
        {
            var d = host.Host.Under(host.K3sOption(option)).FirstOrDefault(x => x.Value is not (NixNull or NixString { Value: "" } or NixList { Elements.Count: 0 } or NixAttrSet { Attributes.Count: 0 }));
            if (d is not null) sink.Report(DiagnosticSeverity.Warning, $"services.k3s.{option} is a server setting; an agent ignores it or warns", d);
        }
        foreach (var flag in host.Flags.Flags.Where(f => K3sFlagCatalog.AllFlags.Contains(f.Name) && !K3sFlagCatalog.AgentFlags.Contains(f.Name)))
            sink.Report(DiagnosticSeverity.Warning, $"{flag.Display} is a server flag; k3s agent rejects it", RuleHelpers.NodeOf(flag), flag.Definition.Location);
    }
}

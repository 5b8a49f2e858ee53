using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S014: nftables firewall together with iptables extraCommands.</summary>
internal sealed class NftablesExtraCommandsRule() : LintRule("K3S014")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        var nftables = host.Host.GetEffective(OptionPath.Parse("networking.nftables.enable")).Value is NixBool { Value: true }
            || host.Host.GetEffective(OptionPath.Parse("networking.firewall.backend")).Value is NixString { Value: "nftables" };
        if (!nftables) return;
        foreach (var d in host.Get("networking.firewall.extraCommands"))
        {
            if (d.Value is NixString { Value: var text } && string.IsNullOrWhiteSpace(text)) continue;
            sink.Report(DiagnosticSeverity.Warning,
                "networking.firewall.extraCommands (iptables) with the nftables firewall: nixpkgs rejects this once the firewall is enabled; use networking.firewall.extraInputRules",
                d.Binding ?? d.Value.Syntax, d.Location);
        }
    }
}

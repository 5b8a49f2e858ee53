using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S013: the NixOS firewall is off (W); port lists kept while it is off (I).</summary>
internal sealed class FirewallDisabledRule() : LintRule("K3S013")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        if (host.Firewall.Enabled != false) return;
        var off = host.Firewall.EnableDefinitions.First(d => d.Value is NixBool { Value: false });
        var forced = off.Priority < OptionPriority.Plain ? " (mkForce)" : "";
        sink.Report(DiagnosticSeverity.Warning,
            $"networking.firewall.enable = false{forced}: every port is open on this node; if another firewall filters (e.g. Cilium's host firewall), suppress with '# nixk3s-ignore K3S013'",
            off);
        var dead = host.Host.Under(OptionPaths.Firewall)
            .FirstOrDefault(d => d.Path.Last is "allowedTCPPorts" or "allowedUDPPorts" or "allowedTCPPortRanges" or "allowedUDPPortRanges" && d.Value is NixList { Elements.Count: > 0 });
        if (dead is not null)
            sink.Report(DiagnosticSeverity.Info, $"{dead.Path} is set while the firewall is off: dead configuration", dead);
    }
}

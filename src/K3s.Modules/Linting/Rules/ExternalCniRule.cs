using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S002: an external CNI is intended but flannel still runs.</summary>
internal sealed class ExternalCniRule() : LintRule("K3S002")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        if (!host.HasK3s || host.IsAgent) return;
        var backend = RuleHelpers.FlannelBackend(host);
        if (backend is null || backend == "none") return;
        var intent = RuleHelpers.ExternalCniIntent(host);
        if (intent.Count == 0) return;
        var first = intent[0];
        sink.Report(DiagnosticSeverity.Error,
            $"external CNI intended ({string.Join(", ", intent.Select(i => i.Reason).Distinct())}) but flannel still runs: --flannel-backend=none is missing"
            + (backend != "vxlan" ? $" (--flannel-backend={backend})" : ""),
            first.Node, first.Definition.Location,
            backend == "vxlan" ? RuleHelpers.AppendFlags(host, "add --flannel-backend=none to extraFlags", "--flannel-backend=none") : null);
    }
}

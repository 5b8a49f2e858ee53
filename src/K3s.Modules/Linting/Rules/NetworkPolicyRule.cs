using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S003: --flannel-backend=none without --disable-network-policy.</summary>
internal sealed class NetworkPolicyRule() : LintRule("K3S003")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        if (host.Flags.HasUnknownFlags || host.Flags.Has("disable-network-policy")) return;
        var none = host.Flags.Named("flannel-backend").LastOrDefault(f => f.Value == "none");
        if (none is null) return;
        sink.Report(DiagnosticSeverity.Warning,
            "--flannel-backend=none without --disable-network-policy: k3s's kube-router network-policy controller keeps running next to the external CNI",
            RuleHelpers.NodeOf(none), none.Definition.Location,
            RuleHelpers.AppendFlags(host, "add --disable-network-policy to extraFlags", "--disable-network-policy"));
    }
}

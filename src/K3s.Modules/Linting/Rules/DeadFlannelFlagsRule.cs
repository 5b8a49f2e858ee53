using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S004: flannel flags that do nothing with backend none; kube-proxy kept with backend none.</summary>
internal sealed class DeadFlannelFlagsRule() : LintRule("K3S004")
{
    private static readonly HashSet<string> FlannelFlags = new(StringComparer.Ordinal) { "flannel-iface", "flannel-ipv6-masq", "flannel-external-ip", "flannel-conf", "flannel-cni-conf" };

    public override void Analyze(HostFacts host, FindingSink sink)
    {
        var none = host.Flags.Named("flannel-backend").LastOrDefault(f => f.Value == "none");
        if (none is null) return;
        foreach (var flag in host.Flags.Flags.Where(f => FlannelFlags.Contains(f.Name)))
        {
            LintFix? fix = null;
            if (flag.IsWholeElement && flag.Element is ExpressionSyntax element && element.Parent is ListExpressionSyntax && element.SyntaxTree is { } tree)
                fix = FixFactory.Create($"remove {flag.Display}", tree, FixFactory.RemoveElement(element));
            sink.Report(DiagnosticSeverity.Info, $"{flag.Display} has no effect with --flannel-backend=none", RuleHelpers.NodeOf(flag), flag.Definition.Location, fix);
        }
        if (!host.Flags.HasUnknownFlags && !host.Flags.Has("disable-kube-proxy"))
            sink.Report(DiagnosticSeverity.Info,
                "--flannel-backend=none without --disable-kube-proxy: kube-proxy keeps running (fine unless Cilium should run kube-proxy-free)",
                RuleHelpers.NodeOf(none), none.Definition.Location);
    }
}

using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S005: servicelb/traefik still enabled while Cilium is intended.</summary>
internal sealed class BundledComponentsRule() : LintRule("K3S005")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        if (!host.HasK3s || host.IsAgent || host.Flags.HasUnknownFlags) return;
        var intent = RuleHelpers.ExternalCniIntent(host);
        if (intent.Count == 0 && RuleHelpers.FlannelBackend(host) != "none") return;
        var disabled = host.StringElements("services.k3s.disable", out bool unknown).Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        if (unknown) return;
        foreach (var f in host.Flags.Named("disable"))
            foreach (var item in (f.Value ?? "").Split(',', StringSplitOptions.TrimEntries)) disabled.Add(item);
        var kept = new[] { "servicelb", "traefik" }.Where(c => !disabled.Contains(c)).ToArray();
        if (kept.Length == 0) return;
        var list = RuleHelpers.ListLiteral(host.Host, "services.k3s.disable");
        LintFix? fix = list?.SyntaxTree is { } tree
            ? FixFactory.Create("add " + string.Join(", ", kept) + " to services.k3s.disable", tree, FixFactory.AppendElement(list, string.Join(" ", kept.Select(FixFactory.Quote))))
            : null;
        var anchor = host.K3sDefinitions("disable").FirstOrDefault() ?? host.K3sDefinitions("enable").FirstOrDefault() ?? host.Host.Under(HostFacts.K3s).First();
        sink.Report(DiagnosticSeverity.Info,
            $"{string.Join(" and ", kept)} still enabled with an external CNI: servicelb binds host ports 80/443, traefik duplicates an ingress Cilium can provide",
            anchor, fix);
    }
}

using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S006: baseline kernel modules missing; ip_conntrack alias, bpf, the optional IPv6 set.</summary>
internal sealed class KernelModulesRule() : LintRule("K3S006")
{
    internal static readonly string[] Baseline = ["br_netfilter", "overlay", "nf_conntrack"];
    private static readonly string[] Ipv6Set = ["ip6_tables", "ip6table_mangle", "ip6table_raw", "ip6table_filter"];

    public override void Analyze(HostFacts host, FindingSink sink)
    {
        var modules = host.StringElements("boot.kernelModules", out bool unknown);
        var definitions = host.Get("boot.kernelModules");
        if (definitions.Count == 0 && !host.HasK3s) return;
        var names = modules.Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (value, element, definition) in modules)
        {
            if (value == "ip_conntrack")
                sink.Report(DiagnosticSeverity.Info, "'ip_conntrack' is an alias of nf_conntrack; use the canonical name", element.Syntax, definition.Location);
            if (value == "bpf")
                sink.Report(DiagnosticSeverity.Info, "'bpf' is built into the kernel, not a loadable module; systemd-modules-load may fail on it", element.Syntax, definition.Location);
        }
        if (unknown) return;
        bool conntrack = names.Contains("nf_conntrack") || names.Contains("ip_conntrack");
        var missing = Baseline.Where(m => !names.Contains(m) && !(m == "nf_conntrack" && conntrack)).ToArray();
        var list = RuleHelpers.ListLiteral(host.Host, "boot.kernelModules");
        var anchor = definitions.FirstOrDefault() ?? host.K3sDefinitions("enable").FirstOrDefault() ?? host.Host.Under(HostFacts.K3s).FirstOrDefault();
        if (anchor is null) return;
        if (missing.Length > 0)
            sink.Report(DiagnosticSeverity.Warning,
                $"boot.kernelModules lacks {string.Join(", ", missing)} (baseline for pod networking and overlay layers; k3s loads them at runtime)",
                anchor, Append(list, missing));
        var ipv6Missing = Ipv6Set.Where(m => !names.Contains(m)).ToArray();
        if (ipv6Missing.Length > 0 && missing.Length == 0)
            sink.Report(DiagnosticSeverity.Info,
                $"the design document's IPv6 set for Cilium is absent ({string.Join(", ", ipv6Missing)}); optional, Cilium runs IPv6 without them",
                anchor);
    }

    internal static LintFix? Append(Nix.Syntax.ListExpressionSyntax? list, string[] modules) =>
        list?.SyntaxTree is { } tree
            ? FixFactory.Create("add " + string.Join(", ", modules) + " to boot.kernelModules", tree, FixFactory.AppendElement(list, string.Join(" ", modules.Select(FixFactory.Quote))))
            : null;
}

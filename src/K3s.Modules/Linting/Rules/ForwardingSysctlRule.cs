using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S008: forwarding sysctls missing (W); Cilium rp_filter missing (I).</summary>
internal sealed class ForwardingSysctlRule() : LintRule("K3S008")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        if (!host.HasK3s) return;
        var sysctls = host.Sysctls;
        var anchor = host.Get("boot.kernel.sysctl").FirstOrDefault() ?? sysctls.SelectMany(g => g).FirstOrDefault()
            ?? host.K3sDefinitions("enable").FirstOrDefault() ?? host.Host.Under(Linting.HostFacts.K3s).First();
        if (!sysctls.Contains("net.ipv4.ip_forward"))
            sink.Report(DiagnosticSeverity.Warning, "net.ipv4.ip_forward is not set in boot.kernel.sysctl (k3s sets it at runtime only)", anchor,
                RuleHelpers.AddSysctls(host, "add net.ipv4.ip_forward = 1 to boot.kernel.sysctl", ("net.ipv4.ip_forward", "1")));
        bool cilium = RuleHelpers.ExternalCniIntent(host).Count > 0 || RuleHelpers.FlannelBackend(host) == "none";
        if (cilium && !sysctls.Any(g => g.Key.EndsWith(".rp_filter", StringComparison.Ordinal) && (g.Key.Contains("lxc") || g.Key.Contains("cilium") || g.Key.Contains(".all."))))
            sink.Report(DiagnosticSeverity.Info, "no net.ipv4.conf.lxc*.rp_filter = 0 for Cilium (its sysctlfix writes it at runtime; the kernel uses max(all, dev))", anchor,
                RuleHelpers.AddSysctls(host, "add net.ipv4.conf.all.rp_filter = 0 and net.ipv4.conf.lxc*.rp_filter = 0 to boot.kernel.sysctl",
                    ("net.ipv4.conf.all.rp_filter", "0"), ("net.ipv4.conf.lxc*.rp_filter", "0")));
    }
}

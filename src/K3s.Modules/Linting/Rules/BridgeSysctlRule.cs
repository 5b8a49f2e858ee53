using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S007: net.bridge.* sysctls without br_netfilter.</summary>
internal sealed class BridgeSysctlRule() : LintRule("K3S007")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        var bridge = host.Sysctls.Where(g => g.Key.StartsWith("net.bridge.", StringComparison.Ordinal)).SelectMany(g => g).FirstOrDefault();
        if (bridge is null) return;
        var modules = host.StringElements("boot.kernelModules", out bool unknown);
        if (unknown || modules.Any(m => m.Value == "br_netfilter")) return;
        sink.Report(DiagnosticSeverity.Error,
            $"sysctl {bridge.Path.Last} is set but br_netfilter is not in boot.kernelModules: the key does not exist when systemd-sysctl runs",
            bridge.Binding ?? bridge.Value.Syntax, bridge.Location,
            KernelModulesRule.Append(RuleHelpers.ListLiteral(host.Host, "boot.kernelModules"), ["br_netfilter"]));
    }
}

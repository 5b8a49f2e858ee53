using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S010: firewall on, server, 6443/tcp not open (E); 10250/tcp on multi-node (W).</summary>
internal sealed class ApiServerPortRule() : LintRule("K3S010")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        if (!host.HasK3s || host.Firewall.Enabled != true || host.Firewall.HasUnknownPorts) return;
        if (host.Firewall.TrustedInterfaces.Any(i => !(i.StartsWith("cni", StringComparison.Ordinal) || i.StartsWith("cilium", StringComparison.Ordinal) || i.StartsWith("lxc", StringComparison.Ordinal) || i.StartsWith("flannel", StringComparison.Ordinal))))
            return; // a trusted uplink (e.g. a VPN) may be how nodes reach the API
        var anchor = host.Get("networking.firewall.allowedTCPPorts").FirstOrDefault() ?? host.Firewall.EnableDefinitions.FirstOrDefault() ?? host.K3sDefinitions("enable").FirstOrDefault();
        if (anchor is null) return;
        if (host.IsServer && !host.Firewall.IsOpen(6443, tcp: true))
            sink.Report(DiagnosticSeverity.Error, "the firewall is on but 6443/tcp (kube-apiserver) is not in allowedTCPPorts", anchor, AddPort(host, 6443));
        bool multiNode = RuleHelpers.KnownTrue(host, "clusterInit").Any() || host.K3sDefinitions("serverAddr").Any() || host.IsAgent;
        if (multiNode && !host.Firewall.IsOpen(10250, tcp: true))
            sink.Report(DiagnosticSeverity.Warning, "multi-node setup but 10250/tcp (kubelet) is not in allowedTCPPorts", anchor, AddPort(host, 10250));
    }

    internal static LintFix? AddPort(HostFacts host, int port)
    {
        var list = RuleHelpers.ListLiteral(host.Host, "networking.firewall.allowedTCPPorts");
        return list?.SyntaxTree is { } tree ? FixFactory.Create($"add {port} to allowedTCPPorts", tree, FixFactory.AppendElement(list, port.ToString(System.Globalization.CultureInfo.InvariantCulture))) : null;
    }
}

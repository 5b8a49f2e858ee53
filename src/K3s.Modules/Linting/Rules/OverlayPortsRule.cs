using System.Globalization;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S012: overlay ports on the wrong protocol (W), missing (W), unusual or duplicated (I).</summary>
internal sealed class OverlayPortsRule() : LintRule("K3S012")
{
    private static readonly Dictionary<int, string> UdpOnly = new()
    {
        [8472] = "VXLAN", [6081] = "Geneve", [51820] = "WireGuard", [51821] = "WireGuard (IPv6)", [51871] = "Cilium WireGuard", [4789] = "VXLAN (IANA)",
    };

    private static readonly Dictionary<int, string> TcpOnly = new()
    {
        [6443] = "kube-apiserver", [10250] = "kubelet", [2379] = "etcd client", [2380] = "etcd peer", [4240] = "Cilium health", [4244] = "Hubble", [4245] = "Hubble relay",
    };

    public override void Analyze(HostFacts host, FindingSink sink)
    {
        var firewall = host.Firewall;
        foreach (var port in firewall.Ports.Where(p => p.From == p.To))
        {
            if (port.Tcp && UdpOnly.TryGetValue(port.From, out var udpService))
                sink.Report(DiagnosticSeverity.Warning, $"{port.From} ({udpService}) is UDP but is listed in {port.Definition.Path.Last}", port.Element.Syntax, port.Definition.Location, Move(host, port, toTcp: false));
            else if (!port.Tcp && TcpOnly.TryGetValue(port.From, out var tcpService))
                sink.Report(DiagnosticSeverity.Warning, $"{port.From} ({tcpService}) is TCP but is listed in {port.Definition.Path.Last}", port.Element.Syntax, port.Definition.Location, Move(host, port, toTcp: true));
        }
        foreach (var group in firewall.Ports.Where(p => p.From == p.To).GroupBy(p => (p.From, p.Tcp, p.Definition.Path)).Where(g => g.Count() > 1))
        {
            var second = group.Skip(1).First();
            sink.Report(DiagnosticSeverity.Info, $"{second.From} is listed more than once in {second.Definition.Path.Last}", second.Element.Syntax, second.Definition.Location);
        }
        var backend = RuleHelpers.FlannelBackend(host);
        foreach (var port in firewall.Ports.Where(p => !p.Tcp && p.From == p.To))
        {
            if (port.From == 4789)
                sink.Report(DiagnosticSeverity.Info, "4789/udp is not used by Cilium (VXLAN is 8472/udp unless configured) nor by flannel", port.Element.Syntax, port.Definition.Location);
            if (port.From is 51820 or 51821 && backend == "none")
                sink.Report(DiagnosticSeverity.Info, $"{port.From}/udp is flannel's wireguard-native port but flannel is off; Cilium WireGuard uses 51871/udp", port.Element.Syntax, port.Definition.Location);
        }
        if (host.HasK3s && firewall.Enabled == true && !firewall.HasUnknownPorts && backend is "vxlan" && !firewall.IsOpen(8472, tcp: false)
            && !firewall.TrustedInterfaces.Any(i => !i.StartsWith("cni", StringComparison.Ordinal)))
        {
            var anchor = host.Get("networking.firewall.allowedUDPPorts").FirstOrDefault() ?? firewall.EnableDefinitions.FirstOrDefault();
            if (anchor is not null && (RuleHelpers.KnownTrue(host, "clusterInit").Any() || host.K3sDefinitions("serverAddr").Any() || host.IsAgent))
                sink.Report(DiagnosticSeverity.Warning, "flannel VXLAN (the default backend) needs 8472/udp between nodes, which the firewall does not allow", anchor);
        }
    }

    private static LintFix? Move(HostFacts host, OpenPort port, bool toTcp)
    {
        if (port.Element.Syntax is not ExpressionSyntax element || element.Parent is not ListExpressionSyntax || element.SyntaxTree is not { } tree) return null;
        var target = RuleHelpers.ListLiteral(host.Host, toTcp ? "networking.firewall.allowedTCPPorts" : "networking.firewall.allowedUDPPorts");
        var remove = FixFactory.RemoveElement(element);
        var text = port.From.ToString(CultureInfo.InvariantCulture);
        if (host.Firewall.IsOpen(port.From, toTcp)) return FixFactory.Create($"remove {text} (already open on the right protocol)", tree, remove);
        if (target is null || target.SyntaxTree != tree) return null;
        return FixFactory.Create($"move {text} to {(toTcp ? "allowedTCPPorts" : "allowedUDPPorts")}", tree, remove, FixFactory.AppendElement(target, text));
    }
}

using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S011: HA without 2379-2380/tcp (E); etcd ports open on a single sqlite server (I).</summary>
internal sealed class EtcdPortsRule() : LintRule("K3S011")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        // A role set to "server" only under a condition is still a server: the module's default is server too.
        if (!host.HasK3s || !(host.IsServer || host.K3sEffective("role").Winners.All(d => d.Value is NixString { Value: "server" }))) return;
        var init = host.K3sEffective("clusterInit");
        bool clusterInit = init.Value is NixBool { Value: true };
        bool joins = host.K3sDefinitions("serverAddr").Any(d => d.Value is not NixString { Value: "" } and not NixNull) || host.Flags.Has("server");
        var firewall = host.Firewall;
        if ((clusterInit || joins) && firewall.Enabled == true && !firewall.HasUnknownPorts)
        {
            ReportPortsKeptForDefault(host, init, sink);
            var missing = new[] { 2379, 2380 }.Where(p => !firewall.IsOpen(p, tcp: true)).ToArray();
            if (missing.Length > 0)
            {
                var anchor = host.Get("networking.firewall.allowedTCPPorts").FirstOrDefault() ?? init.Winners.FirstOrDefault() ?? host.K3sDefinitions("serverAddr").First();
                sink.Report(DiagnosticSeverity.Error, $"HA with embedded etcd but {string.Join(" and ", missing)}/tcp are not open in the firewall", anchor, AddPorts(host, missing));
            }
            return;
        }
        bool single = init.Value is NixBool { Value: false } or null && !joins && !host.Flags.HasUnknownFlags && !init.IsConditional
            && !host.Flags.Has("cluster-init") && !host.Flags.Has("datastore-endpoint");
        if (!single) return;
        var open = firewall.Ports.Where(p => p.Tcp && (p.Covers(2379) || p.Covers(2380))).ToList();
        foreach (var port in open.Take(1))
            sink.Report(DiagnosticSeverity.Info, $"{port.From}/tcp (etcd) is open but this server runs without clusterInit or serverAddr (sqlite): needed only for HA with embedded etcd", port.Element.Syntax, port.Definition.Location, Drop(open));
    }

    /// <summary>
    /// Info when clusterInit is true only through the default of a module's own option and nothing joins
    /// unconditionally: the etcd ports stay open on a host that sets the option to false (a single server
    /// on sqlite), where they are not needed (vanixiets' k3s-server module).
    /// </summary>
    private static void ReportPortsKeptForDefault(HostFacts host, EffectiveValue init, FindingSink sink)
    {
        if (init.Winners.Count == 0 || !init.Winners.All(d => d.Value is NixBool { Value: true } && d.Value.DefaultOf is not null)) return;
        bool joinsAlways = host.K3sDefinitions("serverAddr").Any(d => d.Condition.IsAlways && d.Value is NixString { Value.Length: > 0 } or NixStringPattern)
            || host.Flags.Named("server").Any(f => f.Condition.IsAlways && f.Definition.Condition.IsAlways);
        if (joinsAlways) return;
        var option = init.Winners[0].Value.DefaultOf!;
        // Ports opened only under a condition that names the option already follow it.
        var open = host.Firewall.Ports.Where(p => p.Tcp && (p.Covers(2379) || p.Covers(2380))
            && !p.Definition.Condition.Atoms.Any(a => a.Text.Contains(option.Last, StringComparison.Ordinal))).ToList();
        if (open.Count == 0) return;
        sink.Report(DiagnosticSeverity.Info,
            $"{string.Join(" and ", open.Select(p => p.From).Distinct())}/tcp (etcd) stay open whatever {option} is: it is true only by default, and a host that sets it to false without serverAddr runs sqlite and needs no etcd port (make the ports depend on {option})",
            open[0].Element.Syntax, open[0].Definition.Location);
    }

    private static LintFix? AddPorts(HostFacts host, int[] ports)
    {
        var list = RuleHelpers.ListLiteral(host.Host, "networking.firewall.allowedTCPPorts");
        var text = string.Join(" ", ports.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return list?.SyntaxTree is { } tree ? FixFactory.Create($"add {text} to allowedTCPPorts", tree, FixFactory.AppendElement(list, text)) : null;
    }

    /// <summary>
    /// Removes the open etcd ports, when each is a single port written directly in a list literal of one
    /// file (a range may cover other ports, so none is touched then).
    /// </summary>
    private static LintFix? Drop(List<OpenPort> ports)
    {
        var elements = new List<Nix.Syntax.ExpressionSyntax>();
        foreach (var port in ports)
        {
            if (port.From != port.To || port.Element.Syntax is not Nix.Syntax.ExpressionSyntax { Parent: Nix.Syntax.ListExpressionSyntax } e) return null;
            if (e.ToString().Trim() != port.From.ToString(System.Globalization.CultureInfo.InvariantCulture)) return null;
            elements.Add(e);
        }
        if (elements.Count == 0 || elements[0].SyntaxTree is not { } tree || elements.Any(e => e.SyntaxTree != tree)) return null;
        var text = string.Join(", ", ports.Select(p => p.From.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return FixFactory.Create($"remove {text} from allowedTCPPorts (not HA)", tree, elements.Select(FixFactory.RemoveElement).ToArray());
    }
}

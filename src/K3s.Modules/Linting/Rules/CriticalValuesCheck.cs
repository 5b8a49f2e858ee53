using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>
/// K3S018 (warning) across hosts: HA servers of one lint run whose k3s "critical configuration values"
/// differ (k3s refuses to join a server whose values differ from the cluster's).
/// </summary>
internal static class CriticalValuesCheck
{
    private static readonly string[] ValueFlags = ["flannel-backend", "cluster-cidr", "service-cidr", "cluster-dns", "cluster-domain", "egress-selector-mode"];
    private static readonly string[] BooleanFlags = ["disable-network-policy", "disable-kube-proxy", "secrets-encryption"];

    public static IEnumerable<LintFinding> Run(IReadOnlyList<HostConfiguration> hosts)
    {
        var servers = hosts.Select(h => new HostFacts(h))
            .Where(f => f.HasK3s && f.IsServer && !f.Flags.HasUnknownFlags
                && (RuleHelpers.KnownTrue(f, "clusterInit").Any() || f.K3sDefinitions("serverAddr").Any(d => d.Value is not (NixNull or NixString { Value: "" }))))
            .ToList();
        if (servers.Count < 2) yield break;
        var reference = servers[0];
        foreach (var other in servers.Skip(1))
        {
            var differences = new List<string>();
            foreach (var name in ValueFlags)
            {
                var a = Value(reference, name);
                var b = Value(other, name);
                if (a != b && a is not null && b is not null) differences.Add($"--{name} {a} vs {b}");
            }
            foreach (var name in BooleanFlags)
                if (reference.Flags.Has(name) != other.Flags.Has(name)) differences.Add($"--{name} on one server only");
            if (differences.Count == 0) continue;
            var anchor = other.K3sDefinitions("enable").FirstOrDefault() ?? other.Host.Under(HostFacts.K3s).First();
            if (anchor.Location is not { } location) continue;
            yield return new LintFinding("K3S018", DiagnosticSeverity.Warning,
                $"HA server differs from {reference.Host.RootPath} in critical values ({string.Join("; ", differences)}); k3s rejects servers whose critical values differ",
                location);
        }
    }

    // The effective value: the last occurrence (k3s keeps the last), "default" when absent, null when unknown.
    private static string? Value(HostFacts host, string name)
    {
        var last = host.Flags.Named(name).LastOrDefault();
        if (last is null) return "default";
        return last.HasUnknownPart ? null : last.Value;
    }
}

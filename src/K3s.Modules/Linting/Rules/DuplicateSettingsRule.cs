using K3s.Modules.Linting.Flags;
using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S021: typed options duplicated by flags, repeated flags, and extraFlags that cannot merge.</summary>
internal sealed class DuplicateSettingsRule() : LintRule("K3S021")
{
    private static readonly Dictionary<string, string> TypedOptions = new(StringComparer.Ordinal)
    {
        ["server"] = "serverAddr", ["token"] = "token", ["token-file"] = "tokenFile", ["agent-token"] = "agentToken",
        ["agent-token-file"] = "agentTokenFile", ["cluster-init"] = "clusterInit", ["disable-agent"] = "disableAgent",
        ["disable"] = "disable", ["node-name"] = "nodeName", ["node-ip"] = "nodeIP", ["node-external-ip"] = "nodeExternalIP",
        ["node-label"] = "nodeLabel", ["node-taint"] = "nodeTaint", ["config"] = "configPath", ["selinux"] = "selinux",
    };

    public override void Analyze(HostFacts host, FindingSink sink)
    {
        if (!host.HasK3s) return;
        var flags = host.Flags;
        foreach (var group in flags.Flags.GroupBy(f => f.Name))
        {
            if (!TypedOptions.TryGetValue(group.Key, out var option)) continue;
            var first = group.First();
            bool typed = host.K3sDefinitions(option).Any(d => d.Value is not (NixNull or NixString { Value: "" } or NixList { Elements.Count: 0 } or NixBool { Value: false }));
            if (typed)
                sink.Report(DiagnosticSeverity.Warning, $"{first.Display} duplicates services.k3s.{option}; set it once, in the typed option", RuleHelpers.NodeOf(first), first.Definition.Location);
            else if (group.Key == "server")
                sink.Report(DiagnosticSeverity.Warning, $"{first.Display} passed as a flag instead of services.k3s.serverAddr (bypasses the module's checks and ordering)", RuleHelpers.NodeOf(first), first.Definition.Location);
            else
                sink.Report(DiagnosticSeverity.Info, $"{first.Display} passed as a flag; services.k3s.{option} is the typed option for it", RuleHelpers.NodeOf(first), first.Definition.Location);
        }
        foreach (var group in flags.Flags.Where(f => !f.HasUnknownPart && f.Value is not null).GroupBy(f => f.Name))
        {
            var list = group.ToList();
            if (list.Count < 2) continue;
            if (K3sFlagCatalog.ValueFlags.Contains(group.Key) && list.Select(f => f.Value).Distinct().Count() > 1 && !list.Skip(1).All(f => f.Condition.ContradictsWith(list[0].Condition)))
                sink.Report(DiagnosticSeverity.Warning, $"--{group.Key} is given {list.Count} times with different values ({string.Join(", ", list.Select(f => f.DisplayValue))}); k3s keeps the last", RuleHelpers.NodeOf(list[^1]), list[^1].Definition.Location);
            else if (K3sFlagCatalog.RepeatableFlags.Contains(group.Key))
                foreach (var dup in list.GroupBy(f => f.Value).Where(g => g.Count() > 1))
                    sink.Report(DiagnosticSeverity.Info, $"{dup.First().Display} is given {dup.Count()} times", RuleHelpers.NodeOf(dup.Last()), dup.Last().Definition.Location);
        }
        var kubeletConfig = flags.Named("kubelet-arg").FirstOrDefault(f => (f.Value ?? "").TrimStart('-').StartsWith("config=", StringComparison.Ordinal));
        if (kubeletConfig is not null && (host.K3sEffective("gracefulNodeShutdown.enable").IsTrue || host.Host.Defines(host.K3sOption("extraKubeletConfig"))))
            sink.Report(DiagnosticSeverity.Warning, $"{kubeletConfig.Display} conflicts with the module's own --kubelet-arg=config= (gracefulNodeShutdown/extraKubeletConfig)", RuleHelpers.NodeOf(kubeletConfig), kubeletConfig.Definition.Location);
        var helm = flags.Named("disable-helm-controller").FirstOrDefault();
        if (helm is not null && (host.Host.Defines(host.K3sOption("autoDeployCharts")) || host.Host.Defines(host.K3sOption("charts"))))
            sink.Report(DiagnosticSeverity.Warning, "autoDeployCharts/charts need the helm controller, which --disable-helm-controller turns off", RuleHelpers.NodeOf(helm), helm.Definition.Location);
        foreach (var d in host.K3sDefinitions("extraFlags"))
        {
            if (d.Value is NixString or NixStringPattern)
                sink.Report(DiagnosticSeverity.Info, "extraFlags is one string: it cannot merge with extraFlags from other modules (a list can)", d);
            if (d.Priority <= OptionPriority.Force)
                sink.Report(DiagnosticSeverity.Info, "mkForce on extraFlags drops every other module's flags", d.Binding ?? d.Value.Syntax, d.Location);
        }
    }
}

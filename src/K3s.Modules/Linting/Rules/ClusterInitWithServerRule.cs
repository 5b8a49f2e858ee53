using K3s.Modules.Reading;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S018: clusterInit and serverAddr/--server that can hold together.</summary>
internal sealed class ClusterInitWithServerRule() : LintRule("K3S018")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        var inits = new List<(string What, DefinitionCondition Condition, bool FromDefault)>();
        foreach (var d in RuleHelpers.KnownTrue(host, "clusterInit"))
            inits.Add((d.IsFromOptionDefault ? $"clusterInit = true (the default of {d.Value.DefaultOf})" : "clusterInit = true", d.Condition, d.IsFromOptionDefault));
        foreach (var f in host.Flags.Named("cluster-init").Where(f => f.Value == "true"))
            inits.Add(("--cluster-init", f.Condition, false));
        if (inits.Count == 0) return;

        var joins = new List<(string What, DefinitionCondition Condition, SyntaxNode? Node, SourceLocation? Location)>();
        foreach (var d in host.K3sDefinitions("serverAddr"))
        {
            if (d.Value is NixString { Value: "" } or NixNull) continue;
            if (d.Value is not (NixString or NixStringPattern)) continue;
            joins.Add(($"serverAddr = {d.Value.Display}", d.Condition, d.Value.Syntax ?? d.Binding, d.Location));
        }
        foreach (var f in host.Flags.Named("server"))
            joins.Add((f.Display, f.Condition, RuleHelpers.NodeOf(f), f.Definition.Location));

        foreach (var join in joins)
        {
            foreach (var init in inits)
            {
                if (init.Condition.ContradictsWith(join.Condition)) continue;
                var when = join.Condition.IsAlways && init.Condition.IsAlways ? "" : $" (when {init.Condition.And(join.Condition)})";
                sink.Report(DiagnosticSeverity.Error,
                    $"{init.What} together with {join.What}{when}: clusterInit starts a new etcd cluster, serverAddr joins an existing one",
                    join.Node, join.Location);
                break;
            }
        }
    }
}

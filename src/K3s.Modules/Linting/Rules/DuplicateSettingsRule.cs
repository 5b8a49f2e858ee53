using K3s.Modules.Linting.Flags;
using K3s.Modules.Reading;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;
using Nix.Syntax.Text;

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
                sink.Report(DiagnosticSeverity.Warning, $"{first.Display} passed as a flag instead of services.k3s.serverAddr (bypasses the module's checks and ordering)", RuleHelpers.NodeOf(first), first.Definition.Location, group.Count() == 1 ? FixMoveToTyped(first, option) : null);
            else
                sink.Report(DiagnosticSeverity.Info, $"{first.Display} passed as a flag; services.k3s.{option} is the typed option for it", RuleHelpers.NodeOf(first), first.Definition.Location, group.Count() == 1 ? FixMoveToTyped(first, option) : null);
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

    /// <summary>Typed options whose value the fix can write from the flag's value: string options, disable (a list) and clusterInit.</summary>
    private static readonly HashSet<string> MovableOptions = new(StringComparer.Ordinal)
    {
        "serverAddr", "tokenFile", "agentTokenFile", "nodeName", "nodeIP", "nodeExternalIP", "disable", "clusterInit",
    };

    /// <summary>
    /// Moves a flag that is a whole string literal element of an unconditional <c>extraFlags = [ … ];</c>
    /// binding into the typed option: removes the element and inserts <c>option = value;</c> before the
    /// extraFlags binding, with the same attribute path prefix and indentation.
    /// </summary>
    private static LintFix? FixMoveToTyped(Flags.FlagOccurrence flag, string option)
    {
        if (!MovableOptions.Contains(option) || flag.HasUnknownPart || !flag.Condition.IsAlways || !flag.Definition.Condition.IsAlways) return null;
        if (flag.Element is not StringExpressionSyntax literal || literal.Parent is not ListExpressionSyntax list) return null;
        if (!RuleHelpers.IsSoleFlagLiteral(literal, flag)) return null;
        if (flag.Definition.Binding is not AttrPathValueSyntax binding || binding.Value != list || binding.SyntaxTree is not { } tree || tree != literal.SyntaxTree) return null;
        var names = binding.AttrPath.Names;
        if (names[names.Count - 1].GetStaticName() != "extraFlags") return null;
        string value;
        if (option == "clusterInit")
        {
            if (flag.Value != "true") return null;
            value = "true";
        }
        else
        {
            if (string.IsNullOrEmpty(flag.Value) || flag.Value.Contains(',') && option == "disable") return null;
            value = option == "disable" ? "[ " + FixFactory.Quote(flag.Value) + " ]" : FixFactory.Quote(flag.Value);
        }
        var text = tree.Text;
        var prefix = text.Text.Substring(binding.AttrPath.SpanStart, names[names.Count - 1].SpanStart - binding.AttrPath.SpanStart);
        var line = text.GetLinePosition(binding.SpanStart).Line;
        var lineStart = text.GetLineStart(line);
        var indent = text.Text.Substring(lineStart, binding.SpanStart - lineStart);
        if (indent.Any(c => !char.IsWhiteSpace(c))) return null;
        var insert = (new TextSpan(binding.SpanStart, 0), prefix + option + " = " + value + ";\n" + indent);
        return FixFactory.Create($"move {flag.Display} into services.k3s.{option}", tree, insert, FixFactory.RemoveElement(literal));
    }
}

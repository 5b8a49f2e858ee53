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
    /// Moves a flag of an unconditional <c>extraFlags</c> binding into the typed option: removes the flag's
    /// element (or its words, when it shares a string with other flags, in a list element or as the whole
    /// string option) and inserts <c>option = value;</c> before the extraFlags binding, with the same attribute
    /// path prefix and indentation.
    /// </summary>
    private static LintFix? FixMoveToTyped(Flags.FlagOccurrence flag, string option)
    {
        if (!MovableOptions.Contains(option) || flag.HasUnknownPart || !flag.Condition.IsAlways || !flag.Definition.Condition.IsAlways) return null;
        if (flag.Definition.Binding is not AttrPathValueSyntax binding || binding.SyntaxTree is not { } tree) return null;
        var literal = flag.Element as StringExpressionSyntax ?? binding.Value as StringExpressionSyntax;
        if (literal is null || literal.SyntaxTree != tree) return null;
        // The literal is an element of the extraFlags list, or extraFlags is that one string.
        bool element = literal.Parent is ListExpressionSyntax list && binding.Value == list;
        if (!element && binding.Value != literal) return null;
        var removal = element && RuleHelpers.IsSoleFlagLiteral(literal, flag) ? FixFactory.RemoveElement(literal) : RemoveWords(literal, flag);
        if (removal is null) return null;
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
        return FixFactory.Create($"move {flag.Display} into services.k3s.{option}", tree, insert, removal.Value);
    }

    /// <summary>
    /// Removes a flag's words (and the blank after them, or else before them) from a string of several
    /// flags, when the string is plain words (no interpolation, escape or quote) holding the flag once.
    /// </summary>
    private static (TextSpan, string)? RemoveWords(StringExpressionSyntax literal, Flags.FlagOccurrence flag)
    {
        if (literal.HasInterpolations || literal.SyntaxTree is not { } tree) return null;
        int start = literal.OpenQuoteToken.Span.End, end = literal.CloseQuoteToken.Span.Start;
        var raw = tree.Text.Text.Substring(start, end - start);
        if (raw.IndexOfAny(['\\', '"', '\'', '$']) >= 0) return null;
        var tokens = new List<(int Start, int End)>();
        for (int i = 0; i < raw.Length;)
        {
            if (char.IsWhiteSpace(raw[i])) { i++; continue; }
            int j = i;
            while (j < raw.Length && !char.IsWhiteSpace(raw[j])) j++;
            tokens.Add((i, j));
            i = j;
        }
        var words = flag.Raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int found = -1;
        for (int k = 0; k + words.Length <= tokens.Count; k++)
        {
            bool match = true;
            for (int w = 0; w < words.Length && match; w++)
                match = raw.AsSpan(tokens[k + w].Start, tokens[k + w].End - tokens[k + w].Start).SequenceEqual(words[w]);
            if (!match) continue;
            if (found >= 0) return null;
            found = k;
        }
        if (found < 0) return null;
        int last = found + words.Length - 1;
        int from, to;
        if (last + 1 < tokens.Count) { from = tokens[found].Start; to = tokens[last + 1].Start; }
        else if (found > 0) { from = tokens[found - 1].End; to = tokens[last].End; }
        else { from = tokens[found].Start; to = tokens[last].End; }
        return (TextSpan.FromBounds(start + from, start + to), string.Empty);
    }
}

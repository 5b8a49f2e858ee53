using K3s.Modules.Reading;
using Nix.Syntax;
using K3s.Modules.Linting.Flags;
using Nix.Syntax.Diagnostics;
using Nix.Syntax.Text;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S018: clusterInit and serverAddr/--server that can hold together.</summary>
internal sealed class ClusterInitWithServerRule() : LintRule("K3S018")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        var inits = new List<(string What, DefinitionCondition Condition, bool FromDefault, LintFix? Fix)>();
        foreach (var d in RuleHelpers.KnownTrue(host, "clusterInit"))
            inits.Add((d.IsFromOptionDefault ? $"clusterInit = true (the default of {d.Value.DefaultOf})" : "clusterInit = true", d.Condition, d.IsFromOptionDefault, d.IsFromOptionDefault ? null : RemoveBinding(d)));
        foreach (var f in host.Flags.Named("cluster-init").Where(f => f.Value == "true"))
            inits.Add(("--cluster-init", f.Condition, false, RemoveFlag(f)));
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
                    join.Node, join.Location, init.Fix);
                break;
            }
        }
    }

    /// <summary>Removes a <c>clusterInit = true;</c> binding (with its line when it stands alone on it).</summary>
    private static LintFix? RemoveBinding(OptionDefinition d)
    {
        if (d.Binding is not AttrPathValueSyntax binding || binding.SyntaxTree is not { } tree) return null;
        if (!IsTrue(binding.Value)) return null;
        var names = binding.AttrPath.Names;
        if (names[names.Count - 1].GetStaticName() != "clusterInit") return null;
        var text = tree.Text.Text;
        int start = binding.SpanStart, end = binding.Span.End;
        int lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t') lineStart--;
        int lineEnd = end;
        while (lineEnd < text.Length && text[lineEnd] is ' ' or '\t') lineEnd++;
        if ((lineStart == 0 || text[lineStart - 1] == '\n') && lineEnd < text.Length && text[lineEnd] == '\n') { start = lineStart; end = lineEnd + 1; }
        return FixFactory.Create("remove clusterInit = true (a server that joins via serverAddr must not init)", tree, (TextSpan.FromBounds(start, end), string.Empty));
    }

    /// <summary>
    /// <c>true</c>, possibly under a priority wrapper (<c>lib.mkDefault true</c>, <c>mkForce (true)</c>): removing
    /// such a binding removes the definition whatever its priority.
    /// </summary>
    private static bool IsTrue(ExpressionSyntax value)
    {
        while (true)
        {
            switch (value)
            {
                case ParenthesizedExpressionSyntax p: value = p.Expression; continue;
                case ApplyExpressionSyntax apply when apply.Function.ToString().Trim() is "mkDefault" or "lib.mkDefault" or "mkForce" or "lib.mkForce":
                    value = apply.Argument; continue;
                case ApplyExpressionSyntax { Function: ApplyExpressionSyntax inner } apply when inner.Function.ToString().Trim() is "mkOverride" or "lib.mkOverride":
                    value = apply.Argument; continue;
                case IdentifierNameSyntax or LiteralExpressionSyntax: return value.ToString().Trim() == "true";
                default: return false;
            }
        }
    }

    /// <summary>Removes a <c>--cluster-init</c> flag that is its own list element.</summary>
    private static LintFix? RemoveFlag(FlagOccurrence flag)
    {
        if (flag.Element is not StringExpressionSyntax literal || literal.Parent is not ListExpressionSyntax || literal.SyntaxTree is not { } tree) return null;
        if (!RuleHelpers.IsSoleFlagLiteral(literal, flag)) return null;
        return FixFactory.Create($"remove {flag.Display} (a server that joins an existing one must not init)", tree, FixFactory.RemoveElement(literal));
    }
}

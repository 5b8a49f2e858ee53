using K3s.Modules.Linting.Flags;
using K3s.Modules.Reading;
using K3s.Modules.Text;
using Nix.Syntax;

namespace K3s.Modules.Linting.Rules;

/// <summary>Shared lookups of the rules: list literals to edit, flag literals, Cilium intent.</summary>
internal static class RuleHelpers
{
    /// <summary>The list literal of a definition (the leftmost literal of a <c>++</c> chain), for appending.</summary>
    public static ListExpressionSyntax? ListLiteral(OptionDefinition definition)
    {
        var node = definition.Value.Syntax;
        while (true)
        {
            switch (node)
            {
                case ListExpressionSyntax list: return list;
                case ParenthesizedExpressionSyntax p: node = p.Expression; continue;
                case BinaryExpressionSyntax { Kind: NixSyntaxKind.ConcatExpression } b: node = b.Left; continue;
                default: return null;
            }
        }
    }

    /// <summary>The list literal of the first winning definition of a list option that has one.</summary>
    public static ListExpressionSyntax? ListLiteral(HostConfiguration host, string path) =>
        host.GetEffective(HostFacts.PathOf(path)).Winners.Select(ListLiteral).FirstOrDefault(l => l is not null);

    /// <summary>
    /// The string literal that holds a flag: its list element, or else the literal in the defining file
    /// whose text contains the flag as written (flags built into a string elsewhere, as in a let).
    /// </summary>
    public static StringExpressionSyntax? LocateLiteral(FlagOccurrence flag)
    {
        if (flag.Element is StringExpressionSyntax s) return s;
        var root = flag.Definition.Value.Syntax?.SyntaxTree?.GetRoot() ?? flag.Definition.Binding?.SyntaxTree?.GetRoot();
        if (root is null) return null;
        var firstWord = flag.Raw.Split(' ')[0];
        var probe = firstWord.Split(ExecStartTokenizer.Hole)[0];
        if (probe.Length < 2) return null;
        foreach (var node in root.DescendantNodes())
        {
            if (node is not StringExpressionSyntax literal) continue;
            foreach (var part in literal.GetCookedParts())
                if (part.IsText && part.Text!.Contains(probe, StringComparison.Ordinal) && ContainsWord(part.Text!, probe)) return literal;
        }
        return null;
    }

    private static bool ContainsWord(string text, string probe)
    {
        int i = text.IndexOf(probe, StringComparison.Ordinal);
        while (i >= 0)
        {
            int end = i + probe.Length;
            bool startOk = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '"' or '\'';
            bool endOk = end >= text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '-') || probe.EndsWith('=');
            if (startOk && endOk) return true;
            i = text.IndexOf(probe, i + 1, StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>Where to report a flag: its literal when found, else its definition.</summary>
    public static SyntaxNode? NodeOf(FlagOccurrence flag) => LocateLiteral(flag) ?? flag.Definition.Value.Syntax ?? flag.Definition.Binding;

    /// <summary>Whether a literal holds exactly this one flag (so a fix may rewrite the literal).</summary>
    public static bool IsSoleFlagLiteral(StringExpressionSyntax literal, FlagOccurrence flag) =>
        !literal.HasInterpolations && literal.GetValueText() is { } text && ExecStartTokenizer.Split(text).Count == flag.Raw.Split(' ').Length
        && text.Trim() == flag.Raw.Trim();

    /// <summary>
    /// Signs that an external CNI (Cilium) is intended: flags that disable kube-proxy or the network-policy
    /// controller, flannel in disable, cilium-cli installed, cilium/lxc interfaces trusted. Each with where it is.
    /// </summary>
    public static List<(string Reason, SyntaxNode? Node, OptionDefinition Definition)> ExternalCniIntent(HostFacts host)
    {
        var result = new List<(string, SyntaxNode?, OptionDefinition)>();
        foreach (var f in host.Flags.Flags)
            if (f.Name is "disable-kube-proxy" or "disable-network-policy") result.Add((f.Display, NodeOf(f), f.Definition));
        foreach (var (value, element, definition) in host.StringElements("services.k3s.disable", out _))
            if (value == "flannel") result.Add(("disable = [ \"flannel\" ]", element.Syntax, definition));
        foreach (var f in host.Flags.Named("disable"))
            if ((f.Value ?? "").Split(',').Contains("flannel")) result.Add((f.Display, NodeOf(f), f.Definition));
        foreach (var d in host.Host.Get(OptionPaths.SystemPackages))
            if (d.Value is NixList list)
                foreach (var (v, _) in list.ElementsWithConditions())
                    if (v is NixPackage { AttributePath: "cilium-cli" or "cilium" }) result.Add(("cilium-cli installed", v.Syntax, d));
        foreach (var d in host.Host.Get(HostFacts.PathOf("networking.firewall.trustedInterfaces")))
            if (d.Value is NixList list)
                foreach (var (v, _) in list.ElementsWithConditions())
                    if (v is NixString s && (s.Value.StartsWith("cilium", StringComparison.Ordinal) || s.Value.StartsWith("lxc", StringComparison.Ordinal)))
                        result.Add(($"trusted interface \"{s.Value}\"", v.Syntax, d));
        return result;
    }

    /// <summary>The flannel backend given by flag: "vxlan" (default) when none is given, null when unknown.</summary>
    public static string? FlannelBackend(HostFacts host)
    {
        var backend = host.Flags.Named("flannel-backend").LastOrDefault();
        if (backend is null) return host.Flags.HasUnknownFlags ? null : "vxlan";
        return backend.HasUnknownPart ? null : backend.Value;
    }

    /// <summary>Appends flags to the extraFlags list literal, if there is one.</summary>
    public static LintFix? AppendFlags(HostFacts host, string description, params string[] flags)
    {
        var list = ListLiteral(host.Host, "services.k3s.extraFlags");
        if (list?.SyntaxTree is not { } tree) return null;
        var edit = FixFactory.AppendElement(list, string.Join(" ", flags.Select(FixFactory.Quote)));
        return FixFactory.Create(description, tree, edit);
    }

    /// <summary>Whether a known k3s boolean option is true (winning, unconditional or not).</summary>
    public static IEnumerable<OptionDefinition> KnownTrue(HostFacts host, string option) =>
        host.K3sEffective(option).Winners.Where(d => d.Value is NixBool { Value: true });
    /// <summary>
    /// The attribute set literal that holds <c>boot.kernel.sysctl</c> keys one binding each (found from a
    /// sysctl key bound there, or from an empty <c>boot.kernel.sysctl = { }</c>), for adding keys.
    /// </summary>
    public static AttrSetExpressionSyntax? SysctlSet(HostFacts host)
    {
        foreach (var d in host.Sysctls.SelectMany(g => g))
            if (d.Binding is AttrPathValueSyntax { AttrPath.Names.Count: 1 } b && b.Ancestors().OfType<AttrSetExpressionSyntax>().FirstOrDefault() is { } set
                && set.Bindings.Any(x => x.Span == b.Span))
                return set;
        foreach (var d in host.Get("boot.kernel.sysctl"))
            if (d.Value.Syntax is AttrSetExpressionSyntax set) return set;
        return null;
    }

    /// <summary>A fix that adds sysctl keys (key, Nix value text) to the sysctl attribute set, if there is one.</summary>
    public static LintFix? AddSysctls(HostFacts host, string description, params (string Key, string Value)[] keys)
    {
        var set = SysctlSet(host);
        if (set?.SyntaxTree is { } tree)
            return FixFactory.Create(description, tree, FixFactory.AppendBindings(set, keys.Select(k => FixFactory.Quote(k.Key) + " = " + k.Value + ";").ToList()));
        // No sysctl at all: bind the keys by full path in the module that enables k3s.
        if (host.Sysctls.Count > 0 || host.Get("boot.kernel.sysctl").Count > 0) return null;
        var anchor = host.K3sDefinitions("enable").FirstOrDefault();
        if ((anchor?.Binding ?? anchor?.Value.Syntax) is not { SyntaxTree: { } file } node || ModuleTopSet(node) is not { } top) return null;
        return FixFactory.Create(description, file, FixFactory.AppendBindings(top, keys.Select(k => "boot.kernel.sysctl." + FixFactory.Quote(k.Key) + " = " + k.Value + ";").ToList()));
    }

    /// <summary>The outermost attribute set around a node, unless the module splits into options and config (then null).</summary>
    public static AttrSetExpressionSyntax? ModuleTopSet(SyntaxNode node)
    {
        var top = node.Ancestors().OfType<AttrSetExpressionSyntax>().LastOrDefault();
        if (top is null) return null;
        foreach (var b in top.Bindings)
            if (b is AttrPathValueSyntax pv && pv.AttrPath.Names.Count > 0 && pv.AttrPath.Names[0].ToString().Trim() is "config" or "options")
                return null;
        return top;
    }
}

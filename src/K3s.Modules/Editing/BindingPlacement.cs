using K3s.Modules.Values;
using Segments = K3s.Modules.Values.EquatableList<string>;
using Nix.Syntax;
using R = K3s.Modules.Reading;

namespace K3s.Modules.Editing;

/// <summary>
/// Where a binding for an option that is not set yet goes: next to the bindings that share the longest part of
/// its path, inside the deepest plain attribute set that holds them (<c>services.k3s = { … }</c>), or after dotted
/// siblings (<c>services.k3s.x = …;</c>). Only sets reached through plain sets count, so nothing is added under
/// <c>mkIf</c>, <c>//</c> or a function call.
/// </summary>
internal static class BindingPlacement
{
    private static readonly Segments Config = new[] { "config" }.ToEquatableList();

    private static readonly HashSet<string> ModuleKeys = new(StringComparer.Ordinal) { "imports", "options", "_file", "key", "disabledModules", "meta", "_class", "freeformType" };

    /// <summary>A binding that could stand next to a new one.</summary>
    /// <param name="Binding">The binding.</param>
    /// <param name="Prefix">The option path of the set holding it.</param>
    /// <param name="Written">What is written before the relative path in that set (<c>config</c> in a module's top set).</param>
    /// <param name="Path">The binding's full option path.</param>
    /// <param name="Descended">Whether its value is a plain set whose bindings are candidates too.</param>
    /// <param name="Order">Source order over the host.</param>
    /// <param name="Set">The set holding it.</param>
    internal sealed record Candidate(AttrSetExpressionSyntax Set, AttrPathValueSyntax Binding, Segments Prefix, Segments Written, Segments Path, bool Descended, int Order);

    /// <summary>The placement: after <see cref="Anchor"/>, with <see cref="RelativePath"/> written.</summary>
    internal sealed record Placement(AttrPathValueSyntax Anchor, OptionPath RelativePath);

    /// <summary>The place for a new binding of <paramref name="optionPath"/>, or a reason why there is none.</summary>
    public static (Placement? Placement, string? Refusal, SyntaxNode? At) Find(R.HostConfiguration host, OptionPath optionPath, Func<SyntaxNode, bool> isRemoved)
    {
        var path = optionPath.Segments;
        var candidates = Candidates(host).Where(c => !isRemoved(c.Binding)).ToList();
        if (candidates.Count == 0) return (null, "no module of the host has a plain attribute set to add the binding to", null);
        Candidate? best = null;
        int bestScore = -1;
        foreach (var c in candidates)
        {
            if (!StartsWith(c.Path, c.Prefix) || !StartsWith(path, c.Prefix)) continue;
            int score = Common(c.Path, path);
            if (score > bestScore || (score == bestScore && c.Prefix.Count >= best!.Prefix.Count))
            {
                best = c;
                bestScore = score;
            }
        }
        if (best is null) return (null, "no attribute set of the host can hold the binding", null);
        // A sibling that already binds a prefix of the path to something that is not a plain set (k3s = { … } // …)
        // would be defined twice.
        var clash = candidates.FirstOrDefault(c => c.Set.Span == best.Set.Span && !c.Descended && StartsWith(path, c.Path));
        if (clash is not null)
            return (null, $"{new OptionPath(clash.Path)} is bound to an expression that is not a plain attribute set ({Short(clash.Binding.Value)})", clash.Binding);
        return (new Placement(best.Binding, new OptionPath(best.Written.AddRange(path.Skip(best.Prefix.Count)))), null, null);
    }

    /// <summary>The first 40 characters of a node's text, on one line, for messages.</summary>
    internal static string Short(SyntaxNode node)
    {
        var text = node.ToString().ReplaceLineEndings(" ");
        return text.Length <= 40 ? text : text[..40] + "…";
    }

    private static int Common(Segments a, Segments b)
    {
        int n = 0;
        while (n < a.Count && n < b.Count && a[n] == b[n]) n++;
        return n;
    }

    private static bool StartsWith(Segments path, Segments prefix) => Common(path, prefix) == prefix.Count;

    /// <summary>Every binding of a plain set of every module, with its full path.</summary>
    public static IEnumerable<Candidate> Candidates(R.HostConfiguration host)
    {
        int order = 0;
        foreach (var module in host.Modules)
        {
            // A new binding is never added to a rec set, where its name would be in scope of the other values.
            if (ModuleBody.Find(module.Syntax, includeRecursive: false) is not { } body) continue;
            bool explicitForm = body.Bindings.OfType<AttrPathValueSyntax>().Any(b => FirstName(b) is "config" or "options");
            var stack = new Stack<(AttrSetExpressionSyntax Set, Segments Prefix, Segments Written, bool Top)>();
            stack.Push((body, Segments.Empty, Segments.Empty, true));
            var found = new List<Candidate>();
            while (stack.Count > 0)
            {
                var (set, prefix, written, top) = stack.Pop();
                foreach (var binding in set.Bindings.OfType<AttrPathValueSyntax>())
                {
                    if (StaticAttrPath.Of(binding.AttrPath) is not { } relative) continue;
                    var value = Unparenthesized(binding.Value);
                    var plain = value as AttrSetExpressionSyntax is { RecKeyword.Kind: NixSyntaxKind.None } s && PlainBindings(s) ? s : null;
                    if (top)
                    {
                        if (ModuleKeys.Contains(relative.Segments[0])) continue;
                        if (explicitForm)
                        {
                            if (relative.Segments[0] != "config") continue;
                            if (relative.Segments.Count == 1)
                            {
                                if (plain is not null) stack.Push((plain, Segments.Empty, Segments.Empty, false));
                                continue;
                            }
                            var real = relative.Segments.Skip(1).ToEquatableList();
                            found.Add(new Candidate(set, binding, Segments.Empty, Config, real, plain is not null, 0));
                            if (plain is not null) stack.Push((plain, real, Segments.Empty, false));
                            continue;
                        }
                    }
                    var full = prefix.AddRange(relative.Segments);
                    found.Add(new Candidate(set, binding, prefix, written, full, plain is not null, 0));
                    if (plain is not null) stack.Push((plain, full, Segments.Empty, false));
                }
            }
            foreach (var c in found.OrderBy(c => c.Binding.SpanStart())) yield return c with { Order = order++ };
        }
    }

    private static bool PlainBindings(AttrSetExpressionSyntax set) => set.Bindings.All(b => b is AttrPathValueSyntax);

    private static string? FirstName(AttrPathValueSyntax binding) => StaticAttrPath.Of(binding.AttrPath)?.Segments[0];

    /// <summary>The expression inside any parentheses.</summary>
    internal static ExpressionSyntax Unparenthesized(ExpressionSyntax e)
    {
        while (e is ParenthesizedExpressionSyntax p) e = p.Expression;
        return e;
    }

    private static int SpanStart(this SyntaxNode node) => node.Span.Start;
}

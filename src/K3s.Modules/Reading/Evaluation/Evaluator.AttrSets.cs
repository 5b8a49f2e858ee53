using Nix.Syntax;

namespace K3s.Modules.Reading.Evaluation;

internal sealed partial class Evaluator
{
    /// <summary>
    /// A binding's contribution to one level of an attribute set: <c>a.b.c = v;</c> contributes
    /// <c>b.c = v</c> to the set under <c>a</c>. An inherit contributes one leaf.
    /// </summary>
    private readonly record struct Contribution(BindingSyntax Binding, int Offset, string Name, AttrNameSyntax? NameSyntax, Func<NixValue>? Inherited)
    {
        public bool IsLeaf => Inherited is not null || Offset == ((AttrPathValueSyntax)Binding).AttrPath.Names.Count - 1;
    }

    private NixValue EvaluateAttrSet(AttrSetExpressionSyntax set, Scope scope) =>
        set.RecKeyword.Text.Length > 0 ? RecursiveSet(set.Bindings, scope, set) : Build(Contributions(set.Bindings, scope, scope), scope);

    private NixAttrSet RecursiveSet(SyntaxList<BindingSyntax> bindings, Scope outer, SyntaxNode syntax)
    {
        var names = new Dictionary<string, Thunk>(StringComparer.Ordinal);
        var inner = outer.WithNames(names);
        var set = Build(Contributions(bindings, inner, outer), inner);
        foreach (var attribute in set.Attributes) names[attribute.Name] = new Thunk(attribute);
        return set with { Syntax = syntax };
    }

    /// <summary>The scope of a <c>let</c>: its bindings see each other.</summary>
    private Scope LetScope(SyntaxList<BindingSyntax> bindings, Scope outer)
    {
        var names = new Dictionary<string, Thunk>(StringComparer.Ordinal);
        var inner = outer.WithNames(names);
        var set = Build(Contributions(bindings, inner, outer), inner);
        foreach (var attribute in set.Attributes) names[attribute.Name] = new Thunk(attribute);
        return inner;
    }

    /// <summary>The contributions of bindings; <paramref name="inheritScope"/> is where a plain <c>inherit</c> looks.</summary>
    private List<Contribution> Contributions(SyntaxList<BindingSyntax> bindings, Scope scope, Scope inheritScope)
    {
        var result = new List<Contribution>(bindings.Count);
        // Indexes, not foreach: SyntaxList's enumerator is an iterator object per loop.
        for (int b = 0, n = bindings.Count; b < n; b++)
        {
            var binding = bindings[b];
            switch (binding)
            {
                case AttrPathValueSyntax pathValue when pathValue.AttrPath.Names.Count > 0:
                    {
                        var first = pathValue.AttrPath.Names[0];
                        var name = first.GetStaticName() ?? ConstantName(first, scope);
                        if (name is not null) result.Add(new Contribution(pathValue, 0, name, first, null));
                        break;
                    }
                case InheritSyntax inherit:
                    foreach (var attr in inherit.Attributes)
                    {
                        var name = attr.GetStaticName();
                        if (name is null) continue;
                        var source = inherit.Source;
                        Func<NixValue> value = source is null
                            ? () => Lookup(name, inheritScope, attr)
                            : () =>
                            {
                                var v = SelectOne(Evaluate(source, scope), name, attr);
                                return v.Syntax is null ? v with { Syntax = attr } : v;
                            };
                        result.Add(new Contribution(inherit, 0, name, attr, value));
                    }
                    break;
            }
        }
        return result;
    }

    private NixAttrSet Build(List<Contribution> contributions, Scope scope)
    {
        // Most sets bind each name once, to a leaf: then there is nothing to group or merge.
        if (DistinctLeaves(contributions))
        {
            var leaves = new NixAttribute[contributions.Count];
            for (int i = 0; i < leaves.Length; i++) leaves[i] = Leaf(contributions[i], scope);
            return new NixAttrSet(leaves);
        }
        var order = new List<string>();
        var groups = new Dictionary<string, List<Contribution>>(StringComparer.Ordinal);
        foreach (var c in contributions)
        {
            if (!groups.TryGetValue(c.Name, out var list)) { groups[c.Name] = list = new(); order.Add(c.Name); }
            list.Add(c);
        }
        var attributes = new List<NixAttribute>(order.Count);
        foreach (var name in order)
        {
            var group = groups[name];
            var first = group[0];
            if (group.Count == 1 && first.IsLeaf)
            {
                attributes.Add(Leaf(first, scope));
                continue;
            }
            var nested = new List<Contribution>(group.Count);
            Func<NixValue>? conflictingLeaf = null;
            foreach (var c in group)
            {
                if (!c.IsLeaf)
                {
                    var names = ((AttrPathValueSyntax)c.Binding).AttrPath.Names;
                    var next = names[c.Offset + 1];
                    var nextName = next.GetStaticName() ?? ConstantName(next, scope);
                    if (nextName is not null) nested.Add(new Contribution(c.Binding, c.Offset + 1, nextName, next, null));
                    continue;
                }
                // `a = { x = 1; }; a.y = 2;` merge as one set in Nix when the value is a plain set literal.
                if (c.Inherited is null && Unparenthesize(((AttrPathValueSyntax)c.Binding).Value) is AttrSetExpressionSyntax literal && literal.RecKeyword.Text.Length == 0)
                    nested.AddRange(Contributions(literal.Bindings, scope, scope));
                else conflictingLeaf ??= LeafValue(c, scope);
            }
            if (conflictingLeaf is not null && nested.Count == 0)
            {
                attributes.Add(new NixAttribute(name, first.Binding, first.NameSyntax) { Force = conflictingLeaf });
                continue;
            }
            var captured = nested;
            attributes.Add(new NixAttribute(name, first.Binding, first.NameSyntax) { Force = () => Build(captured, scope) with { Syntax = first.Binding } });
        }
        return new NixAttrSet(attributes);
    }

    private Func<NixValue> LeafValue(Contribution c, Scope scope)
    {
        if (c.Inherited is not null) return c.Inherited;
        var value = ((AttrPathValueSyntax)c.Binding).Value;
        var thunk = new Thunk(value, scope, this);
        return thunk.Force;
    }

    /// <summary>The attribute of a contribution that is the only one of its name and a leaf.</summary>
    private NixAttribute Leaf(Contribution c, Scope scope) => c.Inherited is not null
        ? new NixAttribute(c.Name, c.Binding, c.NameSyntax) { Force = c.Inherited }
        : new NixAttribute(c.Name, c.Binding, c.NameSyntax) { Lazy = new Thunk(((AttrPathValueSyntax)c.Binding).Value, scope, this) };

    private static bool DistinctLeaves(List<Contribution> contributions)
    {
        int count = contributions.Count;
        for (int i = 0; i < count; i++)
            if (!contributions[i].IsLeaf) return false;
        if (count <= 16)
        {
            for (int i = 1; i < count; i++)
                for (int j = 0; j < i; j++)
                    if (string.Equals(contributions[i].Name, contributions[j].Name, StringComparison.Ordinal)) return false;
            return true;
        }
        var seen = new HashSet<string>(count, StringComparer.Ordinal);
        foreach (var c in contributions)
            if (!seen.Add(c.Name)) return false;
        return true;
    }

    internal static ExpressionSyntax Unparenthesize(ExpressionSyntax e)
    {
        while (e is ParenthesizedExpressionSyntax p) e = p.Expression;
        return e;
    }
}

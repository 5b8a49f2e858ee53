using K3s.Modules.Values;
using Nix.Syntax;
using R = K3s.Modules.Reading;

namespace K3s.Modules;

/// <summary>
/// Maps a host read by the general reader (<see cref="R.HostReader"/>) onto <see cref="K3sNodeModule"/>'s
/// definitions: each definition's value is read from its syntax when that is a literal, else converted from
/// what the reader knows statically; anything not known (unknown values, patterns with holes, conditional
/// definitions) becomes a <see cref="NixExpression"/> of its source text, never a guess. mkForce and mkDefault
/// become <see cref="NixPriority"/>. A value that comes from a declared option's default (<c>cfg.clusterInit</c>)
/// is kept as the reference, with a remark giving the default, because the host may set the option elsewhere.
/// <c>services.k3s.extraFlags</c> written as one string becomes its flag list (<see cref="FlagStringSplitter"/>).
/// A value written at its binding is read exactly as written (<see cref="ValueSyntaxReader.Value"/>), comments
/// included, and a set that inherits a name only evaluation knows stays one value, so that this one mapping also
/// reads back exactly what the library emits (<see cref="K3sNodeModule.FromSyntax"/>).
/// </summary>
internal static class HostModuleMapper
{
    public static DefinitionSet Map(R.HostConfiguration host)
    {
        var definitions = new List<Definition>();
        var groupRemarks = new Dictionary<string, Remark>(StringComparer.Ordinal);
        // A declared option's own default is not a definition of the host; its uses (config.x) are.
        var own = host.Definitions.Where(d => !d.IsOptionDefault).ToList();
        var kept = KeptSets(own);
        foreach (var group in own.GroupBy(d => (d.Path, Set: kept.TryGetValue(d, out var set) ? set : ((OptionPath Path, AttrPathValueSyntax Binding)?)null)))
        {
            if (group.Key.Set is { } set)
            {
                definitions.Add(new Definition(set.Path, ValueSyntaxReader.Value(set.Binding.Value, 0), BindingRemark.Of(set.Binding)));
                CollectGroupRemarks(set.Binding, set.Path, groupRemarks);
                continue;
            }
            var list = group.ToList();
            // Lists defined by several modules at one priority concatenate, as the module system does.
            if (list.Count > 1 && list.All(d => d.Condition.IsAlways && !d.IsFromOptionDefault && d.Value is R.NixList)
                && list.Select(d => d.Priority).Distinct().Count() == 1)
            {
                var items = list.SelectMany(d => Value(d).WithoutPriority() is NixList l ? l.Items : [new NixListItem(Value(d).WithoutPriority())]).ToEquatableList();
                definitions.Add(new Definition(group.Key.Path, Wrap(list[0].Priority, new NixList(items)), RemarkOf(list[0])));
            }
            else
            {
                foreach (var d in list) definitions.Add(new Definition(d.Path, Value(d), RemarkOf(d)));
            }
            foreach (var d in list)
                if (d.Binding is AttrPathValueSyntax binding) CollectGroupRemarks(binding, d.Path, groupRemarks);
        }
        return new DefinitionSet(definitions, groupRemarks);
    }

    private static readonly OptionPath ExtraFlagsPath = OptionPaths.K3s.Append("extraFlags");

    private static NixValue Wrap(int priority, NixValue value) =>
        PriorityFacts.FromNumber(priority) is { } named and not Priority.Normal ? new NixPriority(named, value) : value;

    // The definition's value with its priority.
    private static NixValue Value(R.OptionDefinition d)
    {
        var syntax = d.ValueSyntax as ExpressionSyntax;
        // A value read from an option default: the reference as written (cfg.clusterInit), not the default.
        if (d.IsFromOptionDefault && d.Binding is AttrPathValueSyntax reference)
            return Wrap(d.Priority, Expression(reference.Value));
        if (!d.Condition.IsAlways || d.IsFromOptionDefault)
            return Wrap(d.Priority, Expression(syntax));
        // extraFlags as one string: the typed flag list, holes kept as interpolations of their source.
        if (d.Path.Equals(ExtraFlagsPath) && d.Value is R.NixString or R.NixStringPattern && FlagStringSplitter.Split(d.Value) is { } flags)
            return Wrap(d.Priority, flags);
        // Written at the binding itself: read as written (priority wrappers, `with pkgs;`, comments, interpolations).
        if (d.Binding is AttrPathValueSyntax b && syntax is not null && b.Value.Span.Contains(syntax.Span))
            return ValueSyntaxReader.Value(b.Value, 0);
        if (syntax is not null && ValueSyntaxReader.Value(syntax, 0) is var literal && IsLiteral(literal))
            return Wrap(d.Priority, literal);
        return Wrap(d.Priority, (d.Value.IsKnown ? Convert(d.Value) : null) ?? Expression(syntax));
    }

    private static NixValue Expression(ExpressionSyntax? syntax) => syntax is null ? Values.NixNull.Instance : NixExpression.FromSyntax(syntax);

    // Known values of the general reader, structurally; null when one part has no model counterpart.
    private static NixValue? Convert(R.NixValue value) => value switch
    {
        R.NixString s => Values.NixString.Of(s.Value),
        R.NixInteger n => new NixInt(n.Value),
        R.NixBool b => new Values.NixBool(b.Value),
        R.NixNull => Values.NixNull.Instance,
        R.NixPackage p => NixExpression.Package(p.AttributePath),
        R.NixList l => l.Elements.Select(Convert).ToList() is var items && items.All(i => i is not null)
            ? new Values.NixList(items.Select(i => new NixListItem(i!)).ToEquatableList()) : null,
        _ => null,
    };

    private static bool IsLiteral(NixValue value) => value switch
    {
        NixExpression => false,
        Values.NixList l => l.Items.All(i => IsLiteral(i.Value)),
        NixAttrs a => a.Bindings.All(b => IsLiteral(b.Value)),
        NixPriority p => IsLiteral(p.Value),
        NixWith w => IsLiteral(w.Body) || w.Body is Values.NixList,
        _ => true,
    };

    private static Remark? RemarkOf(R.OptionDefinition d)
    {
        var remark = d.Binding is AttrPathValueSyntax b ? BindingRemark.Of(b) : null;
        if (d.IsFromOptionDefault) remark = Remark.After(OneLine($"{(d.Value.DefaultOf is { } of ? "default of " + of : "an option default")} is {d.Value.Display}")).Combine(remark);
        else if (!d.Condition.IsAlways) remark = Remark.After(OneLine("only if " + d.Condition)).Combine(remark);
        return remark;
    }

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    // Comments of the enclosing bindings (networking.firewall = { … }), by the prefix of the path they bind.
    private static void CollectGroupRemarks(AttrPathValueSyntax binding, OptionPath fullPath, Dictionary<string, Remark> remarks)
    {
        if (StaticAttrPath.Of(binding.AttrPath) is not { } own) return;
        int prefix = fullPath.Length - own.Length;
        for (var node = binding.Parent; node is not null && prefix > 0; node = node.Parent)
        {
            if (node is not AttrPathValueSyntax outer || StaticAttrPath.Of(outer.AttrPath) is not { } path) continue;
            if (BindingRemark.Of(outer) is { } remark)
                remarks.TryAdd(fullPath.Take(prefix).ToString(), remark);
            prefix -= path.Length;
        }
    }

    // A set that inherits a name the reader cannot know (`settings = { inherit a; };`) is kept as written, one value
    // at the set's path: its leaves would be guesses. The definitions inside it map to that set.
    private static Dictionary<R.OptionDefinition, (OptionPath Path, AttrPathValueSyntax Binding)> KeptSets(List<R.OptionDefinition> definitions)
    {
        var kept = new Dictionary<R.OptionDefinition, (OptionPath, AttrPathValueSyntax)>(ReferenceEqualityComparer.Instance);
        foreach (var d in definitions)
        {
            if (d.Binding is not InheritSyntax inherit || d.Value.IsKnown || !d.Condition.IsAlways || d.IsFromOptionDefault
                || SetBinding(inherit) is not { } binding || kept.ContainsKey(d)) continue;
            var path = d.Path.Take(d.Path.Length - 1);
            foreach (var inner in definitions)
                if (inner.Binding is { } b && b.SyntaxTree == binding.SyntaxTree && binding.Value.Span.Contains(b.Span) && inner.Path.StartsWith(path))
                    kept[inner] = (path, binding);
        }
        return kept;
    }

    // The binding whose value is the set holding the inherit, through priority wrappers and parentheses.
    private static AttrPathValueSyntax? SetBinding(InheritSyntax inherit)
    {
        var set = inherit.Parent;
        while (set is not null and not AttrSetExpressionSyntax) set = set.Parent;
        SyntaxNode? node = set;
        while (node?.Parent is ParenthesizedExpressionSyntax || node?.Parent is ApplyExpressionSyntax apply && apply.Argument == node)
            node = node.Parent;
        return node?.Parent is AttrPathValueSyntax binding && binding.Value == node ? binding : null;
    }
}

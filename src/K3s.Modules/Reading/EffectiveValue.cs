namespace K3s.Modules.Reading;

/// <summary>
/// What the module system would make of an option's definitions, as far as it is statically known: the
/// definitions with the winning (lowest) priority, and their value (lists concatenated).
/// </summary>
/// <param name="Value">The merged value: the single winning value, a list concatenating winning lists, or null when there is no definition.</param>
/// <param name="Winners">The winning definitions.</param>
/// <param name="IsConditional">Whether any winner applies only under a condition (so the value may not hold).</param>
/// <param name="IsConflict">Whether several non-list values win at once (a module-system error unless equal).</param>
public sealed record EffectiveValue(NixValue? Value, IReadOnlyList<OptionDefinition> Winners, bool IsConditional, bool IsConflict)
{
    /// <summary>Computes the effective value of <paramref name="definitions"/> (all for one path).</summary>
    public static EffectiveValue Of(IReadOnlyList<OptionDefinition> definitions)
    {
        if (definitions.Count == 0) return new EffectiveValue(null, [], false, false);
        // A conditional definition can only win if it holds; unconditional ones of lower priority always apply.
        int best = definitions.Min(d => d.Priority);
        var winners = definitions.Where(d => d.Priority == best).ToList();
        bool conditional = winners.Any(w => !w.Condition.IsAlways);
        if (winners.Count == 1) return new EffectiveValue(winners[0].Value, winners, conditional, false);
        if (winners.All(w => w.Value is NixList))
        {
            var elements = new List<NixValue>();
            foreach (var w in winners)
                foreach (var e in ((NixList)w.Value).Elements)
                    elements.Add(w.Condition.IsAlways ? e : new ConditionalValue(w.Condition, e));
            return new EffectiveValue(new NixList(elements), winners, conditional, false);
        }
        var unconditional = winners.Where(w => w.Condition.IsAlways).ToList();
        bool conflict = unconditional.Count > 1 && unconditional.Select(w => w.Value.Display).Distinct().Count() > 1;
        var chosen = unconditional.Count > 0 ? unconditional[^1] : winners[^1];
        return new EffectiveValue(chosen.Value, winners, conditional, conflict);
    }

    /// <summary>Whether the value is known to be the boolean <c>true</c> (it may still be conditional).</summary>
    public bool IsTrue => Value is NixBool { Value: true };
}

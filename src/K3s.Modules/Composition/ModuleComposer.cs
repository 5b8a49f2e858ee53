using K3s.Modules.Values;

namespace K3s.Modules.Composition;

/// <summary>
/// Composes fragments as the NixOS module system merges definitions: lists concatenate (an entry two
/// fragments both need is added once), attribute sets merge by leaf, and a scalar set twice to different
/// values is an error naming both fragments unless their priorities differ (<c>lib.mkForce</c> beats a plain
/// definition, which beats <c>lib.mkDefault</c>).
/// </summary>
public static class ModuleComposer
{
    /// <summary>The module made of all the fragments.</summary>
    /// <param name="fragments">The fragments, in order.</param>
    /// <returns>The composed module.</returns>
    /// <exception cref="InvalidOperationException">Two fragments set one option to different values at the same priority.</exception>
    public static K3sNodeModule Compose(params ModuleFragment[] fragments)
    {
        var merged = new List<(Definition Definition, string Fragment)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupRemarks = new Dictionary<string, Remark>(StringComparer.Ordinal);
        foreach (var fragment in fragments)
        {
            foreach (var (key, remark) in fragment.Module.Remarks) groupRemarks.TryAdd(key, remark);
            foreach (var definition in fragment.Module.ToDefinitions())
            {
                var key = definition.Path.ToString();
                if (!index.TryGetValue(key, out int at))
                {
                    index[key] = merged.Count;
                    merged.Add((definition, fragment.Name));
                    continue;
                }
                var (existing, owner) = merged[at];
                merged[at] = (Merge(key, existing, owner, definition, fragment.Name), owner);
            }
        }
        var set = new DefinitionSet(merged.Select(m => m.Definition).ToList(), groupRemarks);
        return ModuleBinder.Bind(set);
    }

    private static Definition Merge(string key, Definition left, string leftName, Definition right, string rightName)
    {
        var (l, lp) = Unwrap(left.Value);
        var (r, rp) = Unwrap(right.Value);
        if (lp != rp)
            return lp.Number() < rp.Number() ? left : right;
        if (l is NixList a && r is NixList b)
            return left with { Value = Wrap(new NixList(a.Items.AddRange(b.Items.Where(item => !a.Items.Any(x => x.Value.Equals(item.Value))))), lp) };
        if (l is NixWith { Body: NixList wa } w && r is NixWith { Body: NixList wb } w2 && w.Namespace.Equals(w2.Namespace))
            return left with { Value = Wrap(w with { Body = new NixList(wa.Items.AddRange(wb.Items.Where(item => !wa.Items.Any(x => x.Value.Equals(item.Value))))) }, lp) };
        if (l.Equals(r)) return left;
        throw new InvalidOperationException(
            $"{key} is set to {l} by fragment '{leftName}' and to {r} by fragment '{rightName}'; mark one with Priority.Force or Priority.Default.");
    }

    private static (NixValue Value, Priority Priority) Unwrap(NixValue value) =>
        value is NixPriority p ? (p.Value, p.Priority) : (value, Priority.Normal);

    private static NixValue Wrap(NixValue value, Priority priority) => priority == Priority.Normal ? value : new NixPriority(priority, value);
}

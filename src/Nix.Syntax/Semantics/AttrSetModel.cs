namespace Nix.Syntax.Semantics;

/// <summary>
/// The static attributes of an attribute set or <c>let</c> as Nix's parser builds them: enough to tell,
/// binding by binding, whether a name is already defined or whether two sets merge.
/// </summary>
internal sealed class AttrSetModel
{
    private readonly Dictionary<string, AttrEntry> _attrs = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    /// <summary>The attribute named <paramref name="name"/>, if defined.</summary>
    public bool TryGet(string name, out AttrEntry entry) => _attrs.TryGetValue(name, out entry!);

    /// <summary>Defines <paramref name="name"/>; the caller has checked that it is new.</summary>
    public void Add(string name, AttrEntry entry)
    {
        _attrs.Add(name, entry);
        _order.Add(name);
    }

    /// <summary>The attributes in the order they were defined.</summary>
    public IEnumerable<(string Name, AttrEntry Entry)> Entries()
    {
        foreach (var name in _order) yield return (name, _attrs[name]);
    }
}

/// <summary>
/// One defined attribute: where its name is written and, when its value is an attribute set that later
/// bindings may extend (a literal <c>{ … }</c> or one made by a path like <c>a.b = 1</c>), that set.
/// </summary>
internal sealed record AttrEntry(int Start, int Length, AttrSetModel? Nested);

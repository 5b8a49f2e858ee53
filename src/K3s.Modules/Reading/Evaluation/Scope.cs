namespace K3s.Modules.Reading.Evaluation;

/// <summary>
/// A lexical scope frame: names bound by <c>let</c>, <c>rec</c> or a function, or the namespace of a
/// <c>with</c>. Lexical names win over every <c>with</c>, as in Nix.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, Thunk>? _names;
    private readonly Thunk? _with;

    private Scope(Scope? parent, Dictionary<string, Thunk>? names, Thunk? with)
    {
        Parent = parent;
        _names = names;
        _with = with;
    }

    public Scope? Parent { get; }

    public static Scope Root(Dictionary<string, Thunk> names) => new(null, names, null);

    public Scope WithNames(Dictionary<string, Thunk> names) => new(this, names, null);

    public Scope WithNamespace(Thunk ns) => new(this, null, ns);

    /// <summary>The lexical binding of <paramref name="name"/>, if any.</summary>
    public Thunk? LookupLexical(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
            if (s._names is not null && s._names.TryGetValue(name, out var t)) return t;
        return null;
    }

    /// <summary>The <c>with</c> namespaces from innermost to outermost.</summary>
    public IEnumerable<Thunk> WithNamespaces()
    {
        for (var s = this; s is not null; s = s.Parent)
            if (s._with is not null) yield return s._with;
    }
}

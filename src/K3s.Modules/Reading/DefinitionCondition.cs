namespace K3s.Modules.Reading;

/// <summary>
/// The conjunction of undecidable conditions under which a definition applies (<c>mkIf</c>,
/// <c>optionalAttrs</c>, <c>optional</c>, <c>if</c>). <see cref="Always"/> has no atoms.
/// </summary>
public sealed class DefinitionCondition : IEquatable<DefinitionCondition>
{
    private readonly ConditionAtom[] _atoms;

    private DefinitionCondition(ConditionAtom[] atoms) => _atoms = atoms;

    /// <summary>The condition that always holds.</summary>
    public static DefinitionCondition Always { get; } = new(Array.Empty<ConditionAtom>());

    /// <summary>A condition of one atom.</summary>
    public static DefinitionCondition Of(ConditionAtom atom) => new([atom]);

    /// <summary>The atoms, all of which must hold.</summary>
    public IReadOnlyList<ConditionAtom> Atoms => _atoms;

    /// <summary>Whether there is no condition.</summary>
    public bool IsAlways => _atoms.Length == 0;

    /// <summary>Both conditions together (atoms already present are not repeated).</summary>
    public DefinitionCondition And(DefinitionCondition other)
    {
        if (other.IsAlways) return this;
        if (IsAlways) return other;
        var atoms = _atoms.ToList();
        foreach (var atom in other._atoms)
            if (!atoms.Contains(atom)) atoms.Add(atom);
        return new DefinitionCondition(atoms.ToArray());
    }

    /// <summary>
    /// Whether the two conditions cannot hold together: one has an atom the other negates. Conditions that
    /// merely differ may well hold together, so this is false for them.
    /// </summary>
    public bool ContradictsWith(DefinitionCondition other) =>
        _atoms.Any(a => other._atoms.Any(b => a.SameExpression(b) && a.Negated != b.Negated));

    /// <summary>Whether both have the same atoms, in any order.</summary>
    public bool Equals(DefinitionCondition? other) =>
        other is not null && other._atoms.Length == _atoms.Length && _atoms.All(other._atoms.Contains);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DefinitionCondition);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = 0;
        foreach (var atom in _atoms) hash ^= atom.GetHashCode();
        return hash;
    }

    /// <summary>The atoms joined with <c> &amp;&amp; </c>, or <c>true</c>.</summary>
    public override string ToString() => IsAlways ? "true" : string.Join(" && ", _atoms.Select(a => a.ToString()));
}

namespace K3s.Modules.Reading;

/// <summary>
/// One condition that only evaluation could decide, identified by its expression text with whitespace
/// normalised (so two <c>mkIf shouldInit</c> in one scope are the same atom), and whether it is negated.
/// </summary>
/// <param name="Text">The condition expression, whitespace collapsed, outer parentheses and <c>!</c> removed.</param>
/// <param name="Negated">Whether the definition applies when the expression is false.</param>
/// <param name="Location">Where the condition is written.</param>
public sealed record ConditionAtom(string Text, bool Negated, SourceLocation? Location)
{
    /// <summary>The same atom with the opposite polarity.</summary>
    public ConditionAtom Negate() => this with { Negated = !Negated };

    /// <summary>Whether both atoms test the same expression.</summary>
    public bool SameExpression(ConditionAtom other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <summary>Atoms are equal when their text and polarity are (the location does not matter).</summary>
    public bool Equals(ConditionAtom? other) => other is not null && SameExpression(other) && Negated == other.Negated;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, Negated);

    /// <summary><c>!text</c> or <c>text</c>.</summary>
    public override string ToString() => Negated ? "!(" + Text + ")" : Text;
}

namespace K3s.Modules.Reading;

/// <summary>
/// A list. Elements may be <see cref="ConditionalValue"/> (from <c>optional</c>, <c>optionals</c> or
/// <c>if</c>) or <see cref="UnknownValue"/> (an unknown element, or an unknown run of elements spliced in
/// by <c>++</c>).
/// </summary>
/// <param name="Elements">The elements in order.</param>
public sealed record NixList(IReadOnlyList<NixValue> Elements) : NixValue
{
    /// <inheritdoc/>
    public override bool IsKnown => Elements.All(e => e.IsKnown);

    /// <inheritdoc/>
    public override string Display => "[ " + string.Join(" ", Elements.Select(e => e.Display)) + " ]";

    /// <summary>
    /// The elements with their conditions, conditional elements unwrapped (nested conditions combined).
    /// </summary>
    public IEnumerable<(NixValue Value, DefinitionCondition Condition)> ElementsWithConditions()
    {
        foreach (var element in Elements)
        {
            var condition = DefinitionCondition.Always;
            var value = element;
            while (value is ConditionalValue c)
            {
                condition = condition.And(c.Condition);
                value = c.Value;
            }
            yield return (value, condition);
        }
    }
}

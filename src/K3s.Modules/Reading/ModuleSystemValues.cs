namespace K3s.Modules.Reading;

/// <summary>A value under a priority wrapper: <c>mkForce</c> (50), <c>mkDefault</c> (1000), <c>mkOverride n</c>.</summary>
/// <param name="Priority">The priority; lower wins.</param>
/// <param name="Value">The wrapped value.</param>
/// <param name="Wrapper">The wrapper's name, e.g. <c>mkForce</c>.</param>
public sealed record PrioritizedValue(int Priority, NixValue Value, string Wrapper) : NixValue
{
    /// <inheritdoc/>
    public override bool IsKnown => Value.IsKnown;

    /// <inheritdoc/>
    public override string Display => Wrapper + " " + Value.Display;
}

/// <summary>A value that applies only under a condition: <c>mkIf c v</c>, <c>optionalAttrs c v</c>, an element of <c>optional c v</c>.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Value">The value when it holds.</param>
public sealed record ConditionalValue(DefinitionCondition Condition, NixValue Value) : NixValue
{
    /// <inheritdoc/>
    public override bool IsKnown => false;

    /// <inheritdoc/>
    public override string Display => "mkIf (" + Condition + ") " + Value.Display;
}

/// <summary>Several definitions of one place: <c>mkMerge [ … ]</c>, or a <c>//</c> whose right side is conditional.</summary>
/// <param name="Values">The merged values.</param>
public sealed record MergedValue(IReadOnlyList<NixValue> Values) : NixValue
{
    /// <inheritdoc/>
    public override bool IsKnown => Values.All(v => v.IsKnown);

    /// <inheritdoc/>
    public override string Display => "mkMerge [ " + string.Join(" ", Values.Select(v => v.Display)) + " ]";
}

/// <summary>An option declaration, <c>lib.mkOption { default = …; }</c> or <c>lib.mkEnableOption "…"</c>.</summary>
/// <param name="Default">The declared default, or null when there is none.</param>
public sealed record OptionDeclarationValue(NixValue? Default) : NixValue
{
    /// <inheritdoc/>
    public override string Display => "mkOption { … }";
}

/// <summary>A function (a lambda or a library function) kept as a value.</summary>
/// <param name="Name">The library function's name, or <c>lambda</c>.</param>
public sealed record NixFunction(string Name) : NixValue
{
    internal Func<Reading.Evaluation.Thunk, NixValue>? Apply { get; init; }

    /// <inheritdoc/>
    public override bool IsKnown => false;

    /// <inheritdoc/>
    public override string Display => Syntax?.ToString() ?? Name;
}

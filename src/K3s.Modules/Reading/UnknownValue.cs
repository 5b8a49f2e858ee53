using K3s.Modules.Values;

namespace K3s.Modules.Reading;

/// <summary>
/// A value that cannot be known without evaluating Nix (a function argument, a <c>config</c> reference,
/// a call the reader does not model), kept with the reason and its <see cref="NixValue.Syntax"/>.
/// </summary>
/// <param name="Reason">Why the value is unknown, e.g. <c>function argument 'host'</c>.</param>
public record UnknownValue(string Reason) : NixValue
{
    /// <inheritdoc/>
    public override bool IsKnown => false;

    /// <inheritdoc/>
    public override string Display => Syntax?.ToString() ?? "<unknown: " + Reason + ">";
}

/// <summary>A reference to another option's value, <c>config.a.b</c>, which only evaluation knows.</summary>
/// <param name="Path">The option path after <c>config.</c>.</param>
public sealed record ConfigReference(OptionPath Path) : UnknownValue("config." + Path)
{
    /// <inheritdoc/>
    public override string Display => "config." + Path;
}

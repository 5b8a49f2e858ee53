using Nix.Syntax;
using K3s.Modules.Values;

namespace K3s.Modules.Reading;

/// <summary>
/// What the reader knows statically about a Nix value: a known scalar, list or attribute set, a string
/// with holes, a module-system wrapper (priority, condition, merge), or an <see cref="UnknownValue"/>.
/// </summary>
public abstract record NixValue
{
    /// <summary>The expression the value was read from, if any.</summary>
    public SyntaxNode? Syntax { get; init; }

    /// <summary>
    /// When the value is the <c>default</c> of an option the module declares itself, reached through
    /// <c>config.…</c>: that option's path. Such values hold unless some other module sets the option.
    /// </summary>
    public OptionPath? DefaultOf { get; init; }

    /// <summary>Whether the value is fully known (no unknown part anywhere inside).</summary>
    public virtual bool IsKnown => true;

    /// <summary>The location of <see cref="Syntax"/>, or null.</summary>
    public SourceLocation? Location => Syntax is null ? null : SourceLocation.Of(Syntax);

    /// <summary>A short rendering for messages, in Nix syntax where possible.</summary>
    public abstract string Display { get; }

    /// <inheritdoc/>
    public override string ToString() => Display;
}

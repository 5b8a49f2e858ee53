using Nix.Syntax;

namespace K3s.Modules.Reading;

/// <summary>One attribute of a <see cref="NixAttrSet"/>.</summary>
/// <param name="Name">The attribute name (a quoted name with dots is one name).</param>
/// <param name="Binding">The binding that gives the value (<see cref="AttrPathValueSyntax"/> or <see cref="InheritSyntax"/>).</param>
/// <param name="NameSyntax">The name as written in that binding, if any.</param>
public sealed record NixAttribute(string Name, SyntaxNode? Binding, SyntaxNode? NameSyntax)
{
    internal Func<NixValue>? Force { get; init; }

    /// <summary>The value's thunk, when it is one (no delegate over it needed).</summary>
    internal Evaluation.Thunk? Lazy { get; init; }

    private NixValue? _value;

    /// <summary>The value (computed on first use: the reader is lazy, as Nix is).</summary>
    public NixValue Value
    {
        get => _value ??= Lazy?.Force() ?? Force?.Invoke() ?? new UnknownValue("no value");
        init => _value = value;
    }
}

/// <summary>An attribute set, with repeated and dotted keys already merged as Nix merges them.</summary>
/// <param name="Attributes">The attributes, in order of first appearance.</param>
public sealed record NixAttrSet(IReadOnlyList<NixAttribute> Attributes) : NixValue
{
    /// <summary>The attribute named <paramref name="name"/>, or null.</summary>
    public NixAttribute? Get(string name)
    {
        foreach (var a in Attributes)
            if (string.Equals(a.Name, name, StringComparison.Ordinal)) return a;
        return null;
    }

    /// <inheritdoc/>
    public override string Display => Attributes.Count == 0 ? "{ }" : "{ " + string.Join(" ", Attributes.Select(a => a.Name + " = …;")) + " }";
}

using K3s.Modules.Reading;
using K3s.Modules.Text;
using Nix.Syntax;

namespace K3s.Modules.Linting.Flags;

/// <summary>
/// One flag given to k3s through <c>services.k3s.extraFlags</c>, after systemd word splitting: its name
/// (aliases resolved), value, the words it was written as, and where.
/// </summary>
public sealed class FlagOccurrence
{
    internal FlagOccurrence(string writtenName, string name, string? value, string raw, OptionDefinition definition, DefinitionCondition condition, SyntaxNode? element)
    {
        WrittenName = writtenName;
        Name = name;
        Value = value;
        Raw = raw;
        Definition = definition;
        Condition = condition;
        Element = element;
    }

    /// <summary>The name as written, e.g. <c>-t</c> or <c>--disable</c>.</summary>
    public string WrittenName { get; }

    /// <summary>The flag's long name without dashes, aliases resolved, e.g. <c>token</c>.</summary>
    public string Name { get; }

    /// <summary>The value (<c>true</c> for a bare boolean flag), with <see cref="ExecStartTokenizer.Hole"/> for unknown parts; null when missing.</summary>
    public string? Value { get; }

    /// <summary>Whether the name or value has an unknown part.</summary>
    public bool HasUnknownPart => (Value?.Contains(ExecStartTokenizer.Hole) ?? false) || Name.Contains(ExecStartTokenizer.Hole);

    /// <summary>The words as written (before systemd removes quotes), joined by a space.</summary>
    public string Raw { get; }

    /// <summary>The extraFlags definition the flag is in.</summary>
    public OptionDefinition Definition { get; }

    /// <summary>The condition of the definition and of the list element.</summary>
    public DefinitionCondition Condition { get; }

    /// <summary>The list element (a string expression) the flag was written in, when the definition is a list.</summary>
    public SyntaxNode? Element { get; }

    /// <summary>Whether the flag's element holds only this flag, so a fix may replace or remove the element.</summary>
    public bool IsWholeElement { get; internal set; }

    /// <summary>The value shown in messages, holes written as <c>${…}</c>.</summary>
    public string DisplayValue => (Value ?? string.Empty).Replace(ExecStartTokenizer.Hole.ToString(), "${…}");

    /// <summary><c>--name=value</c> as shown in messages.</summary>
    public string Display => Value is null || BooleanValue ? "--" + Name : $"--{Name}={DisplayValue}";

    private bool BooleanValue => K3sFlagCatalog.BooleanFlags.Contains(Name) && Value == "true" && !Raw.Contains('=');

    /// <inheritdoc/>
    public override string ToString() => Display;
}

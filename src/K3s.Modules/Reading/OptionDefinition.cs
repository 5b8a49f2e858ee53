using Nix.Syntax;
using K3s.Modules.Values;

namespace K3s.Modules.Reading;

/// <summary>
/// One definition of an option (or of a leaf inside an attribute-set option) by a module:
/// <c>services.k3s.extraFlags = lib.mkForce [ … ];</c> gives path <c>services.k3s.extraFlags</c>, the list,
/// priority 50 and no condition.
/// </summary>
public sealed class OptionDefinition
{
    /// <summary>Creates a definition.</summary>
    public OptionDefinition(OptionPath path, NixValue value, int priority, DefinitionCondition condition, SyntaxNode? binding, NixModule? module, bool isOptionDefault = false)
    {
        Path = path;
        Value = value;
        Priority = priority;
        Condition = condition;
        Binding = binding;
        Module = module;
        IsOptionDefault = isOptionDefault;
    }

    /// <summary>The option path.</summary>
    public OptionPath Path { get; }

    /// <summary>The value, priority and condition wrappers removed.</summary>
    public NixValue Value { get; }

    /// <summary>The priority: <see cref="OptionPriority"/>; lower wins.</summary>
    public int Priority { get; }

    /// <summary>The conditions under which the definition applies (<see cref="DefinitionCondition.Always"/> if none).</summary>
    public DefinitionCondition Condition { get; }

    /// <summary>The binding that defines it (<see cref="AttrPathValueSyntax"/> or <see cref="InheritSyntax"/>), if any.</summary>
    public SyntaxNode? Binding { get; }

    /// <summary>The expression of the value, if any.</summary>
    public SyntaxNode? ValueSyntax => Value.Syntax;

    /// <summary>The module the definition is in.</summary>
    public NixModule? Module { get; }

    /// <summary>Whether this is the <c>default</c> of an option the module declares itself (priority 1500).</summary>
    public bool IsOptionDefault { get; }

    /// <summary>Whether the value comes from an option default reached through <c>config.…</c>.</summary>
    public bool IsFromOptionDefault => Value.DefaultOf is not null || IsOptionDefault;

    /// <summary>The location of the value, else of the binding.</summary>
    public SourceLocation? Location => Value.Location ?? (Binding is null ? null : SourceLocation.Of(Binding));

    /// <summary>The file the definition is in.</summary>
    public string? FilePath => Module?.FilePath ?? Location?.Path;

    /// <summary><c>path = value</c> with priority and condition.</summary>
    public override string ToString() =>
        $"{Path} = {Value.Display}" + (Priority != OptionPriority.Plain ? $" (priority {Priority})" : "") + (Condition.IsAlways ? "" : $" if {Condition}");
}

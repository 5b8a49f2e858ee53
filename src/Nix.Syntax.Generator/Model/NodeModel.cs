namespace Nix.Syntax.Generator.Model;

/// <summary>An <c>&lt;AbstractNode&gt;</c> (a base class) or a <c>&lt;Node&gt;</c> (a sealed class with kinds and fields).</summary>
/// <param name="Name">The class name, such as <c>BinaryExpressionSyntax</c>.</param>
/// <param name="Base">The base class name.</param>
/// <param name="IsAbstract">Whether this is an abstract base class.</param>
/// <param name="Kinds">The kinds a concrete node can have (empty for an abstract one).</param>
/// <param name="Fields">The fields in slot order (empty for an abstract one).</param>
/// <param name="Comment">The class documentation.</param>
internal sealed record NodeModel(
    string Name,
    string Base,
    bool IsAbstract,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<FieldModel> Fields,
    DocComment Comment)
{
    /// <summary>The name without the <c>Syntax</c> suffix: the factory method and the <c>Visit</c> suffix.</summary>
    public string ShortName => Names.WithoutSyntaxSuffix(Name);

    /// <summary>Whether the node has more than one kind, so that its factory method takes a kind.</summary>
    public bool HasManyKinds => Kinds.Count > 1;
}

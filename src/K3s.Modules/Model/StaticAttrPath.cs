using K3s.Modules.Values;
using Nix.Syntax;

namespace K3s.Modules;

/// <summary>The option path an attribute path names when all its names are known without evaluation.</summary>
public static class StaticAttrPath
{
    /// <summary>
    /// The names of an attribute path as Nix's parser knows them (<see cref="AttrPathSyntax.GetStaticNamesIfAllStatic"/>,
    /// as the general reader reads them), or null when one is only known by evaluation.
    /// </summary>
    /// <param name="attrPath">The path.</param>
    /// <returns>The path, or null.</returns>
    public static OptionPath? Of(AttrPathSyntax attrPath) =>
        attrPath.GetStaticNamesIfAllStatic() is { Count: > 0 } names ? new OptionPath(names.ToEquatableList()) : null;
}

namespace Nix.Syntax;

public sealed partial class AttrPathSyntax
{
    /// <summary>
    /// The static name of each part (see <see cref="AttrNameSyntax.GetStaticName"/>), with null for the
    /// parts that are dynamic.
    /// </summary>
    public IReadOnlyList<string?> GetStaticNames()
    {
        var names = new string?[Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = Names[i].GetStaticName();
        return names;
    }

    /// <summary>The names when every part is static, else null.</summary>
    public IReadOnlyList<string>? GetStaticNamesIfAllStatic()
    {
        var names = GetStaticNames();
        foreach (var name in names)
            if (name is null) return null;
        return names!;
    }
}

using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>
/// A typed option of <see cref="K3sNodeModule"/> as <see cref="ModuleBinder"/> declares it when it reads one: the
/// option's path, what it takes, and for a list which elements it takes. <see cref="ModuleReadIssues"/> explains with
/// these why a definition was left untyped.
/// </summary>
/// <param name="Pattern">The option's path; a <c>*</c> name matches any one name (<c>boot.kernel.sysctl.*</c>).</param>
/// <param name="Expected">What the option takes, as issue messages say it (<c>a boolean</c>).</param>
/// <param name="TakesElement">For a list, whether an element value is one it takes; null for other options.</param>
internal sealed record TypedOption(OptionPath Pattern, string Expected, Func<NixValue, bool>? TakesElement)
{
    /// <summary>Whether <paramref name="path"/> is this option's path.</summary>
    /// <param name="path">A definition's full path.</param>
    /// <returns>Whether it matches <see cref="Pattern"/>.</returns>
    public bool Matches(OptionPath path)
    {
        if (Pattern.Length != path.Length) return false;
        for (int i = 0; i < Pattern.Length; i++)
            if (Pattern[i] != "*" && !string.Equals(Pattern[i], path[i], StringComparison.Ordinal)) return false;
        return true;
    }
}

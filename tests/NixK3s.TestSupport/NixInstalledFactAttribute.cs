using Xunit;

namespace NixK3s.TestSupport;

/// <summary>A fact that is skipped, with the reason shown, where nix-instantiate is not installed.</summary>
public sealed class NixInstalledFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Nix is absent.</summary>
    public NixInstalledFactAttribute()
    {
        if (!NixInstantiate.IsAvailable) Skip = NixInstantiate.SkipReason;
    }
}

using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>An entry of <c>boot.kernelModules</c>: a module loaded at boot, with why it is needed.</summary>
/// <param name="Name">The module name, such as <c>br_netfilter</c>.</param>
/// <param name="Purpose">Printed as a comment after the entry, or null.</param>
public sealed record KernelModule(string Name, string? Purpose = null)
{
    /// <summary>A module without a comment.</summary>
    /// <param name="name">The name.</param>
    public static implicit operator KernelModule(string name) => new(name);
}

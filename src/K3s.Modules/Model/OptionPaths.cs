using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>The option paths of the typed sections, and which of them print as nested attribute sets.</summary>
public static class OptionPaths
{
    /// <summary><c>boot.kernelModules</c>.</summary>
    public static OptionPath KernelModules { get; } = OptionPath.Of("boot", "kernelModules");

    /// <summary><c>boot.kernel.sysctl</c>.</summary>
    public static OptionPath Sysctl { get; } = OptionPath.Of("boot", "kernel", "sysctl");

    /// <summary><c>networking.firewall</c>.</summary>
    public static OptionPath Firewall { get; } = OptionPath.Of("networking", "firewall");

    /// <summary><c>virtualisation.containerd</c>.</summary>
    public static OptionPath Containerd { get; } = OptionPath.Of("virtualisation", "containerd");

    /// <summary><c>system.activationScripts</c>.</summary>
    public static OptionPath ActivationScripts { get; } = OptionPath.Of("system", "activationScripts");

    /// <summary><c>services.k3s</c>.</summary>
    public static OptionPath K3s { get; } = OptionPath.Of("services", "k3s");

    /// <summary><c>environment.persistence</c>.</summary>
    public static OptionPath Persistence { get; } = OptionPath.Of("environment", "persistence");

    /// <summary><c>environment.systemPackages</c>.</summary>
    public static OptionPath SystemPackages { get; } = OptionPath.Of("environment", "systemPackages");

    // An array, so that the emitter's test of every leaf against every group makes no enumerator.
    private static readonly OptionPath[] s_nestedGroups =
    [
        Sysctl, Firewall, Containerd, Containerd.Append("settings"), K3s, K3s.Append("gracefulNodeShutdown"),
        K3s.Append("extraKubeletConfig"), K3s.Append("extraKubeProxyConfig"), K3s.Append("manifests", "*"),
        K3s.Append("autoDeployCharts", "*"),
    ];

    /// <summary>
    /// Paths printed as <c>path = { … };</c> with their definitions inside; <c>*</c> matches any one name.
    /// Everything else prints as dotted bindings (<c>boot.kernelModules = [ … ];</c>).
    /// </summary>
    public static IReadOnlyList<OptionPath> NestedGroups { get; } = Array.AsReadOnly(s_nestedGroups);

    /// <summary>Whether <paramref name="path"/> is one of <see cref="NestedGroups"/>.</summary>
    /// <param name="path">A path.</param>
    /// <returns>Whether it prints as a nested set.</returns>
    public static bool IsNestedGroup(OptionPath path) => IsNestedGroup(path, path.Length);

    /// <summary>Whether the first <paramref name="length"/> names of <paramref name="path"/> are one of <see cref="NestedGroups"/>.</summary>
    /// <param name="path">A path.</param>
    /// <param name="length">How many of its names to consider.</param>
    /// <returns>Whether that prefix prints as a nested set.</returns>
    public static bool IsNestedGroup(OptionPath path, int length)
    {
        foreach (var group in s_nestedGroups)
        {
            if (group.Length != length) continue;
            bool match = true;
            for (int i = 0; i < length && match; i++)
                match = group[i] == "*" || string.Equals(group[i], path[i], StringComparison.Ordinal);
            if (match) return true;
        }
        return false;
    }
}

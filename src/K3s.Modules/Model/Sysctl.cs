using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>One <c>boot.kernel.sysctl</c> setting.</summary>
/// <param name="Key">The key, dots and globs included, such as <c>net.ipv4.conf.lxc*.rp_filter</c>.</param>
/// <param name="Value">The value.</param>
public sealed record Sysctl(string Key, SysctlValue Value);

using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary><c>networking.firewall</c>: whether it runs, which ports it opens, which interfaces it trusts.</summary>
public sealed record Firewall
{
    /// <summary><c>enable</c>; null leaves the NixOS default (on).</summary>
    public bool? Enable { get; init; }

    /// <summary><c>allowedTCPPorts</c>.</summary>
    public EquatableList<FirewallPort> AllowedTcpPorts { get; init; } = [];

    /// <summary><c>allowedUDPPorts</c>.</summary>
    public EquatableList<FirewallPort> AllowedUdpPorts { get; init; } = [];

    /// <summary><c>trustedInterfaces</c>, such as <c>cni+</c> (a trailing <c>+</c> is a prefix match).</summary>
    public EquatableList<string> TrustedInterfaces { get; init; } = [];

    /// <summary>Whether nothing is set.</summary>
    public bool IsEmpty => Enable is null && AllowedTcpPorts.Count == 0 && AllowedUdpPorts.Count == 0 && TrustedInterfaces.Count == 0;
}

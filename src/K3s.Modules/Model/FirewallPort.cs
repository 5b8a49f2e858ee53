using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>A port opened in <c>networking.firewall</c>, with the service that needs it.</summary>
/// <param name="Number">The port, 1–65535.</param>
/// <param name="Description">Printed as a comment after the port, or null.</param>
public sealed record FirewallPort(int Number, string? Description = null)
{
    /// <summary>The port number must be a valid port.</summary>
    public int Number { get; } = Number is >= 1 and <= 65535 ? Number : throw new ArgumentOutOfRangeException(nameof(Number), Number, "A port is 1–65535.");

    /// <summary>A port without description.</summary>
    /// <param name="number">The port.</param>
    public static implicit operator FirewallPort(int number) => new(number);
}

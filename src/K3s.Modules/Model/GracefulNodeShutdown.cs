using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary><c>services.k3s.gracefulNodeShutdown</c>: the kubelet's graceful shutdown, with Go durations.</summary>
public sealed record GracefulNodeShutdown
{
    /// <summary><c>enable</c>.</summary>
    public bool? Enable { get; init; }

    /// <summary><c>shutdownGracePeriod</c> (nixpkgs default 30s).</summary>
    public GoDuration? ShutdownGracePeriod { get; init; }

    /// <summary><c>shutdownGracePeriodCriticalPods</c> (nixpkgs default 10s); should be less than the total.</summary>
    public GoDuration? ShutdownGracePeriodCriticalPods { get; init; }

    /// <summary>Enabled with the given periods, as the design document sets it (30s and 10s).</summary>
    /// <param name="total">The total grace period.</param>
    /// <param name="criticalPods">The part of it reserved for critical pods.</param>
    /// <returns>The settings.</returns>
    public static GracefulNodeShutdown Enabled(string total = "30s", string criticalPods = "10s") =>
        new() { Enable = true, ShutdownGracePeriod = total, ShutdownGracePeriodCriticalPods = criticalPods };

    /// <summary>Whether nothing is set.</summary>
    public bool IsEmpty => Enable is null && ShutdownGracePeriod is null && ShutdownGracePeriodCriticalPods is null;
}

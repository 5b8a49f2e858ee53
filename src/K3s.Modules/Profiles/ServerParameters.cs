using K3s.Modules.Values;

namespace K3s.Modules.Profiles;

/// <summary>The parameters of a server profile.</summary>
public sealed record ServerParameters
{
    /// <summary>The host name (<c>networking.hostName</c>).</summary>
    public string Hostname { get; init; } = "k3s-server";

    /// <summary>The fully qualified domain name, for TLS SANs and <c>networking.domain</c>.</summary>
    public string? Fqdn { get; init; }

    /// <summary>The public IP address, added as a TLS SAN.</summary>
    public string? ExternalIp { get; init; }

    /// <summary>The pod network (<c>--cluster-cidr</c>).</summary>
    public string ClusterCidr { get; init; } = "10.42.0.0/16";

    /// <summary>The service network (<c>--service-cidr</c>).</summary>
    public string ServiceCidr { get; init; } = "10.43.0.0/16";

    /// <summary>The token file: an expression such as <c>config.age.secrets.k3s-token.path</c> or an absolute path.</summary>
    public string? TokenFile { get; init; } = "config.age.secrets.k3s-token.path";

    /// <summary>The first server's address, for a joining server.</summary>
    public string ServerAddr { get; init; } = "https://10.0.0.10:6443";

    /// <summary>Whether this is a production host (firewall on) rather than a local VM.</summary>
    public bool Production { get; init; } = true;
}

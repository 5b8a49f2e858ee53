using K3s.Modules.Values;

namespace K3s.Modules.Profiles;

/// <summary>
/// The design document's local development server: one node on sqlite (no <c>clusterInit</c>), firewall
/// off, no TLS SANs, an auto-generated token.
/// </summary>
public static class LocalDevServer
{
    /// <summary>The module.</summary>
    /// <param name="hostname">The VM's host name.</param>
    /// <returns>The module.</returns>
    public static K3sNodeModule Build(string hostname = "k3s-dev") =>
        CiliumServer.Build(new ServerParameters { Hostname = hostname, Production = false })
            .WithRemark("networking.firewall.enable", Remark.After("Local VM: firewall off for simplicity"))
            .WithRemark("services.k3s", Remark.Above("Single node on sqlite: no clusterInit; the token is generated on first start"));
}

using K3s.Modules.Values;

namespace K3s.Modules.Profiles;

/// <summary>The design document's HA pair: the first server starts etcd, the others join it.</summary>
public static class HaServers
{
    /// <summary>The first server: <c>clusterInit = true</c> and a token file.</summary>
    /// <param name="parameters">Host name, FQDN, external IP, token file.</param>
    /// <returns>The module.</returns>
    public static K3sNodeModule FirstServer(ServerParameters parameters) =>
        ProductionServer.Build(parameters).WithRemark("services.k3s", Remark.Above("First server node"));

    /// <summary>A joining server: <c>serverAddr</c> of the first one, the same token file, no <c>clusterInit</c>.</summary>
    /// <param name="parameters">Host name, FQDN, external IP, token file and the first server's address.</param>
    /// <returns>The module.</returns>
    public static K3sNodeModule JoiningServer(ServerParameters parameters)
    {
        var first = ProductionServer.Build(parameters);
        var remarks = EquatableMap<Remark>.Create(first.Remarks.Where(r => r.Key != "services.k3s.clusterInit"));
        return (first with
        {
            K3s = first.K3s with { ClusterInit = null, ServerAddr = NixString.Of(parameters.ServerAddr) },
            Remarks = remarks,
        })
            .WithRemark("services.k3s", Remark.Above("Additional server node"))
            .WithRemark("services.k3s.serverAddr", Remark.After("First server address"));
    }
}

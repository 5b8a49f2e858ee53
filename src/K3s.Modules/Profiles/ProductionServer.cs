using K3s.Modules.Values;

namespace K3s.Modules.Profiles;

/// <summary>
/// The design document's production server (Hetzner): etcd HA (<c>clusterInit</c>), firewall on, TLS SANs for
/// host name, FQDN and external IP, explicit CIDRs, token from secrets management, persistent k3s state.
/// </summary>
public static class ProductionServer
{
    /// <summary>The module.</summary>
    /// <param name="parameters">Host name, FQDN, external IP, CIDRs and token file.</param>
    /// <returns>The module.</returns>
    public static K3sNodeModule Build(ServerParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        var flags = ProfileParts.CiliumFlags.AddRange(
        [
            K3sFlag.Of("--tls-san=${config.networking.fqdn}"),
            K3sFlag.Of("--tls-san=${config.networking.hostName}"),
            .. p.ExternalIp is null ? Array.Empty<K3sFlag>() : [K3sFlag.Of("--tls-san=" + p.ExternalIp, "External IP")],
            K3sFlag.Of("--bind-address=0.0.0.0"),
            K3sFlag.Of("--cluster-cidr=" + p.ClusterCidr),
            K3sFlag.Of("--service-cidr=" + p.ServiceCidr),
            K3sFlag.Of("--etcd-expose-metrics"),
        ]);
        var base_ = CiliumServer.Build(p with { Production = true });
        return (base_ with
        {
            Firewall = base_.Firewall with { AllowedTcpPorts = ProfileParts.TcpPorts(ha: true) },
            K3s = base_.K3s with
            {
                ClusterInit = true,
                TokenFile = ProfileParts.TokenFile(p.TokenFile),
                ExtraFlags = flags,
            },
            Persistence = Persistence.K3sState(),
        })
            .WithRemark("services.k3s.clusterInit", Remark.After("Initialize etcd-backed HA cluster"))
            .WithRemark("environment.persistence.\"/persist\".directories", Remark.Above("k3s state survives reboots (impermanence)"));
    }
}

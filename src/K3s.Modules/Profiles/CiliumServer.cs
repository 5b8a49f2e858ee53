using K3s.Modules.Values;

namespace K3s.Modules.Profiles;

/// <summary>
/// A k3s server for Cilium that is right where the design document is wrong: no <c>flannel</c> in
/// <c>disable</c> (k3s ignores it) but <c>--flannel-backend=none</c>; only 8472/udp for VXLAN (no 4789);
/// no world-readable kubeconfig.
/// </summary>
public static class CiliumServer
{
    /// <summary>The module.</summary>
    /// <param name="parameters">Host name and environment (firewall on in production).</param>
    /// <returns>The module.</returns>
    public static K3sNodeModule Build(ServerParameters? parameters = null)
    {
        var p = parameters ?? new ServerParameters();
        return new K3sNodeModule
        {
            KernelModules = ProfileParts.KernelModules,
            Sysctls = ProfileParts.Sysctls,
            Firewall = new Firewall
            {
                Enable = p.Production,
                AllowedTcpPorts = ProfileParts.TcpPorts(ha: false),
                AllowedUdpPorts = ProfileParts.UdpPorts,
                TrustedInterfaces = ProfileParts.TrustedInterfaces,
            },
            K3s = new K3sService
            {
                Enable = true,
                Role = K3sRole.Server,
                Disable = ProfileParts.CiliumDisable,
                ExtraFlags = ProfileParts.CiliumFlags,
                GracefulNodeShutdown = GracefulNodeShutdown.Enabled(),
            },
            SystemPackages = ProfileParts.SystemPackages,
            OtherSettings = ProfileParts.HostIdentity(p.Hostname, p.Fqdn),
        }
            .WithSysctlRemarks()
            .WithRemark("boot.kernelModules", Remark.Above("Kernel modules for bridge filtering, connection tracking and overlays"))
            .WithRemark("networking.firewall", Remark.Above("Kubernetes API, kubelet, Cilium health and Hubble; VXLAN on 8472/udp"))
            .WithRemark("services.k3s.disable", Remark.Above("Only names k3s knows; flannel is turned off by --flannel-backend=none"));
    }
}

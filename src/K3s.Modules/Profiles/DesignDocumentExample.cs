using K3s.Modules.Values;

namespace K3s.Modules.Profiles;

/// <summary>
/// The design document's complete example, exactly as written, comments included. It keeps the document's
/// mistakes (design notes §0): <c>flannel</c> in <c>disable</c>, 4789/udp, <c>--write-kubeconfig-mode=644</c>.
/// </summary>
public static class DesignDocumentExample
{
    /// <summary>The module.</summary>
    /// <returns>The design document's complete example.</returns>
    public static K3sNodeModule Build() => new K3sNodeModule
    {
        KernelModules = ProfileParts.KernelModules.Select(k => new KernelModule(k.Name)).ToEquatableList(),
        Sysctls = ProfileParts.Sysctls,
        Firewall = new Firewall
        {
            Enable = false,
            AllowedTcpPorts = [6443, 10250, 2379, 2380, 4240, 4244],
            AllowedUdpPorts = [8472, 4789],
            TrustedInterfaces = ProfileParts.TrustedInterfaces,
        },
        K3s = new K3sService
        {
            Enable = true,
            Role = K3sRole.Server,
            ClusterInit = false,
            Disable = ["flannel", "local-storage", "metrics-server", "servicelb", "traefik"],
            ExtraFlags = ["--flannel-backend=none", "--disable-network-policy", "--disable-kube-proxy", "--disable-cloud-controller", "--write-kubeconfig-mode=644"],
            GracefulNodeShutdown = GracefulNodeShutdown.Enabled("30s", "10s"),
        },
        SystemPackages = ProfileParts.SystemPackages,
    }
        .WithRemark("boot.kernelModules", Remark.Above("Kernel configuration"))
        .WithRemark("networking.firewall", Remark.Above("Firewall (disable for local dev, enable for production)"))
        .WithRemark("networking.firewall.enable", Remark.After("Set to true for production"))
        .WithRemark("services.k3s", Remark.Above("k3s server"))
        .WithRemark("services.k3s.clusterInit", Remark.Above("For single-node local dev, leave clusterInit false", "For HA production, set clusterInit = true on first server"))
        .WithRemark("services.k3s.disable", Remark.Above("Token file from secrets management", "tokenFile = config.sops.secrets.k3s-token.path;", "Disable bundled components for Cilium"))
        .WithRemark("environment.systemPackages", Remark.Above("System packages for cluster management"));
}

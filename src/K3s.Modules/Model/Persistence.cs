using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary><c>environment.persistence."ROOT".directories</c> (impermanence): state kept across reboots.</summary>
/// <param name="Root">The persistent root, such as <c>/persist</c>.</param>
/// <param name="Directories">The directories kept.</param>
public sealed record Persistence(string Root, EquatableList<string> Directories)
{
    /// <summary>The k3s state the design document lists: <c>/var/lib/rancher</c>, <c>/var/lib/kubelet</c>, <c>/etc/rancher</c>.</summary>
    /// <param name="root">The persistent root.</param>
    /// <returns>The persistence entry.</returns>
    public static Persistence K3sState(string root = "/persist") => new(root, ["/var/lib/rancher", "/var/lib/kubelet", "/etc/rancher"]);
}

# k3s on rack-a-1: the node that starts the embedded etcd cluster.
{ config, ... }:

{
  boot.kernelModules = [ "br_netfilter" "overlay" "nf_conntrack" ];
  boot.kernel.sysctl = {
    "net.ipv4.ip_forward" = 1;
    "net.ipv6.conf.all.forwarding" = 1;
  };

  services.k3s = {
    enable = true;
    role = "server";
    clusterInit = true;
    tokenFile = config.sops.secrets.k3s-token.path;
    # "flannel" is not something k3s can disable this way: the list accepts only the packaged components.
    disable = [ "traefik" "flannel" ];
    extraFlags = [
      "--write-kubeconfig-mode=644"
      "--tls-san=${config.networking.fqdn}"
      "--node-ip=10.20.0.11"
    ];
  };
}

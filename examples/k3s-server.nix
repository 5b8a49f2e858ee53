# A k3s server node with Cilium as its CNI: the example configuration of this repository.
{ config, lib, pkgs, ... }:

let
  clusterCidr = "10.42.0.0/16";
  serviceCidr = "10.43.0.0/16";
in
{
  boot.kernelModules = [
    "br_netfilter" # bridge traffic through netfilter
    "nf_conntrack"
    "overlay"
  ];

  boot.kernel.sysctl = {
    "net.ipv4.ip_forward" = 1;
    "net.ipv4.conf.lxc*.rp_filter" = 0;
  };

  networking.firewall = {
    enable = true;
    allowedTCPPorts = [ 6443 10250 4240 ];
    allowedUDPPorts = [ 8472 ];
    trustedInterfaces = [ "cilium+" "lxc+" ];
  };

  services.k3s = {
    enable = true;
    role = "server";
    clusterInit = true;
    tokenFile = config.age.secrets.k3s-token.path;
    disable = [ "local-storage" "servicelb" "traefik" ];
    extraFlags = [
      "--flannel-backend=none"
      "--disable-network-policy"
      "--disable-kube-proxy"
      "--cluster-cidr=${clusterCidr}"
      "--service-cidr=${serviceCidr}"
      "--tls-san=${config.networking.fqdn}"
    ];
    gracefulNodeShutdown.enable = lib.mkDefault true;
  };

  environment.systemPackages = with pkgs; [ kubectl cilium-cli ];
}

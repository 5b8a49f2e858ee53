{ ... }:
{
  flake.modules.nixos.k3s-node-kernel = {
    boot.kernelModules = [ "br_netfilter" "overlay" "nf_conntrack" ];
    boot.kernel.sysctl."net.ipv4.ip_forward" = 1;
    boot.kernel.sysctl."net.ipv6.conf.all.forwarding" = 1;
  };
}

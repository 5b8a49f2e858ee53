# Static node plumbing for the k3s aspect: modules, firewall, tools.
{ den, lib, ... }:
let
  inherit (lib) flatten mkForce;
in
{
  den.aspects.services.k3s.node = {
    nixos =
      { pkgs, ... }:
      {
        environment.systemPackages = [
          pkgs.kubectl
          pkgs.cilium-cli
        ];

        boot.kernelModules = [
          "br_netfilter"
          "overlay"
          "ip_conntrack"
          "bpf"
        ];

        networking.firewall = {
          enable = mkForce false;
          allowedTCPPorts = flatten [
            6443
            10250
            [ 2379 2380 ]
            6081
          ];
          allowedUDPPorts = [ 51820 8472 ];
          extraCommands = ''
            iptables -A nixos-fw -p vrrp -j nixos-fw-accept
          '';
        };
      };
  };
}

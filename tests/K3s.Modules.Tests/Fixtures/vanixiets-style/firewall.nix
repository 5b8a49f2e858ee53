# flake-parts module contributing flake.modules.nixos.k3s-node-firewall.
{ ... }:
{
  flake.modules.nixos.k3s-node-firewall =
    { lib, ... }:
    {
      networking.firewall = {
        enable = true;
        allowedTCPPorts = [ 6443 10250 2379 2380 4240 4244 ];
        allowedUDPPorts = [ 8472 4789 ];
      };
    };
}

# Networking: the Cilium host firewall does the filtering, so the NixOS one is forced off.
{ lib, ... }:
{
  config = {
    networking.firewall.enable = lib.mkForce false;
    networking.useNetworkd = true;
  };
}

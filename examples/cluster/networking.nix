# Interfaces and the firewall of rack-a-1.
{ lib, ... }:

{
  networking.useNetworkd = true;
  systemd.network.networks."10-uplink" = {
    matchConfig.Name = "enp1s0";
    address = [ "10.20.0.11/24" ];
    gateway = [ "10.20.0.1" ];
  };

  # Turned off while debugging pod-to-pod traffic, and never turned back on.
  networking.firewall.enable = lib.mkForce false;
  networking.firewall.allowedTCPPorts = [ 22 6443 10250 2379 2380 ];
  networking.firewall.allowedUDPPorts = [ 8472 ];
}

# A host configuration that imports the server module and joins an existing cluster.
{ config, pkgs, lib, ... }:
{
  imports = [ ./module-k3s-server.nix ./hardware-configuration.nix ];

  networking.hostName = "node-2";

  services.nixk3s = {
    enable = true;
    role = "agent";
    serverAddr = "https://node-1.lan:6443";
    tokenFile = /run/secrets/k3s-token;
    extraFlags = [ "--node-label=zone=${config.networking.hostName}" ];
  };

  boot.kernelModules = [ "br_netfilter" "overlay" ];
  boot.kernel.sysctl = {
    "net.ipv4.ip_forward" = 1;
    "net.bridge.bridge-nf-call-iptables" = 1;
  };

  users.users.admin = {
    isNormalUser = true;
    extraGroups = [ "wheel" ];
    openssh.authorizedKeys.keys = [ "ssh-ed25519 AAAAexample admin@laptop" ];
  };

  system.stateVersion = "23.11";
}

{ config, lib, pkgs, ... }:
{
  # Cluster server
  services.k3s = {
    enable = true;
    role = "server";
    extraFlags = [
      "--disable=traefik"
      "--tls-san=k3s.example.internal"
    ];
  };
  networking.firewall.allowedTCPPorts = [ 6443 10250 ];
  environment.systemPackages = with pkgs; [ kubectl k9s ];
}

# The first server of a three-node k3s cluster ("rack-a"), split the way many hosts are:
# this file for the machine, networking.nix for interfaces and the firewall, kubernetes.nix for k3s.
# `nixk3s lint examples/cluster` judges the three files together, as one host.
{ config, lib, pkgs, ... }:

{
  imports = [
    ./networking.nix
    ./kubernetes.nix
  ];

  networking.hostName = "rack-a-1";
  networking.domain = "cluster.example.net";
  time.timeZone = "UTC";

  boot.loader.systemd-boot.enable = true;
  boot.loader.efi.canTouchEfiVariables = true;

  users.users.ops = {
    isNormalUser = true;
    extraGroups = [ "wheel" ];
    openssh.authorizedKeys.keys = [
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnlyForTheDocs ops@laptop"
    ];
  };

  services.openssh = {
    enable = true;
    settings.PasswordAuthentication = false;
  };

  environment.systemPackages = with pkgs; [ kubectl k9s ];

  system.stateVersion = "25.05";
}

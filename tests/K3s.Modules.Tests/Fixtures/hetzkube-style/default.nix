# Entry point of a kubeadm-style node, in the style of hetzkube's nixos/default.nix.
{ lib, pkgs, ... }:
{
  imports = [
    ./kubernetes.nix
    ./networking.nix
  ];

  config = {
    time.timeZone = "UTC";
    environment.systemPackages = with pkgs; [
      kubectl
      cilium-cli
    ];
  };
}

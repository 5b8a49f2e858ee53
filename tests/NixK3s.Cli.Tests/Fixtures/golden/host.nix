# A fixture for the report writers: one host file, several findings on it.
{ config, ... }:
{
  networking.firewall.enable = false;
  services.k3s = {
    enable = true;
    disable = [ "traefik" "flannel" ];
    extraFlags = [ "--write-kubeconfig-mode=644" ];
  };
}

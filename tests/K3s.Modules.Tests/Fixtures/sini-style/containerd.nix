# External containerd for k3s (sini style): version 3 with cni under the legacy id.
{ den, lib, ... }:
{
  den.aspects.services.k3s.containerd = {
    nixos =
      { pkgs, ... }:
      {
        virtualisation.containerd = {
          enable = true;
          settings = {
            version = lib.mkForce 3;
            plugins = {
              "io.containerd.grpc.v1.cri".cni = {
                bin_dir = lib.mkForce "/opt/cni/bin";
                conf_dir = "/etc/cni/net.d";
              };
              "io.containerd.cri.v1.images".snapshotter = "overlayfs";
            };
          };
        };
      };
  };
}

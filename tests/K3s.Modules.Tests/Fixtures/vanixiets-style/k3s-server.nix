# flake-parts module contributing flake.modules.nixos.k3s-node (vanixiets style:
# the module declares its own options and reads values back from their defaults).
{ config, ... }:
let
  inherit (config.flake.modules.nixos) k3s-node-kernel k3s-node-firewall;
in
{
  flake.modules.nixos.k3s-node =
    { config, lib, pkgs, ... }:
    let
      cfg = config.k3s-node;
    in
    {
      imports = [
        k3s-node-kernel
        k3s-node-firewall
      ];

      options.k3s-node = {
        enable = lib.mkEnableOption "a k3s node";

        role = lib.mkOption {
          type = lib.types.enum [ "server" "agent" ];
          default = "server";
        };

        clusterInit = lib.mkOption {
          type = lib.types.bool;
          default = true;
          description = "Whether this node starts the etcd cluster";
        };

        serverAddr = lib.mkOption {
          type = lib.types.nullOr lib.types.str;
          default = null;
        };

        podCidr = lib.mkOption {
          type = lib.types.str;
          default = "10.42.0.0/16";
        };

        tokenFile = lib.mkOption {
          type = lib.types.nullOr lib.types.path;
          default = null;
        };
      };

      config = lib.mkIf cfg.enable {
        services.k3s = {
          enable = true;
          role = cfg.role;
          clusterInit = cfg.clusterInit;
          tokenFile = cfg.tokenFile;

          disable = [
            "flannel"
            "traefik"
            "servicelb"
          ];

          extraFlags = [
            "--flannel-backend=none"
            "--disable-network-policy"
            "--disable-kube-proxy"
          ]
          ++ lib.optionals (cfg.role == "server") [
            "--cluster-cidr=${cfg.podCidr}"
          ]
          ++ lib.optional (cfg.serverAddr != null) "--server=${cfg.serverAddr}";
        };

        virtualisation.containerd.settings = {
          plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options.SystemdCgroup = true;
        };
      };
    };
}

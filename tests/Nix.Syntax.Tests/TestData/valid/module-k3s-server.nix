# A NixOS module for a single-node k3s server, written in the usual module style.
{ config, lib, pkgs, ... }:

let
  inherit (lib)
    mkEnableOption
    mkOption
    mkIf
    types
    concatStringsSep
    escapeShellArgs
    optional
    optionals
    ;

  cfg = config.services.nixk3s;

  # Flags handed to `k3s server`.
  serverFlags =
    [ "--write-kubeconfig-mode=0644" "--data-dir=${cfg.dataDir}" ]
    ++ optional cfg.clusterInit "--cluster-init"
    ++ optional (cfg.serverAddr != "") "--server=${cfg.serverAddr}"
    ++ map (san: "--tls-san=${san}") cfg.tlsSans
    ++ map (c: "--disable=${c}") cfg.disable
    ++ cfg.extraFlags;
in
{
  options.services.nixk3s = {
    enable = mkEnableOption "the k3s Kubernetes server";

    package = mkOption {
      type = types.package;
      default = pkgs.k3s;
      defaultText = lib.literalExpression "pkgs.k3s";
      description = "The k3s package to use.";
    };

    role = mkOption {
      type = types.enum [ "server" "agent" ];
      default = "server";
      description = ''
        Whether this node runs the control plane (`server`) or only
        workloads (`agent`).
      '';
    };

    serverAddr = mkOption {
      type = types.str;
      default = "";
      example = "https://10.0.0.10:6443";
      description = "Address of an existing server to join.";
    };

    tokenFile = mkOption {
      type = types.nullOr types.path;
      default = null;
      description = "File holding the cluster join token.";
    };

    clusterInit = mkOption {
      type = types.bool;
      default = false;
      description = "Initialise an embedded etcd cluster.";
    };

    dataDir = mkOption {
      type = types.str;
      default = "/var/lib/rancher/k3s";
    };

    tlsSans = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "k3s.example.org" ];
    };

    disable = mkOption {
      type = types.listOf (types.enum [ "traefik" "servicelb" "local-storage" "metrics-server" ]);
      default = [ "traefik" ];
    };

    extraFlags = mkOption {
      type = types.listOf types.str;
      default = [ ];
    };
  };

  config = mkIf cfg.enable {
    assertions = [
      {
        assertion = cfg.role == "agent" -> cfg.serverAddr != "";
        message = "services.nixk3s.serverAddr must be set when role is \"agent\"";
      }
      {
        assertion = cfg.clusterInit -> cfg.role == "server";
        message = "services.nixk3s.clusterInit only makes sense on a server";
      }
    ];

    environment.systemPackages = [ cfg.package ];

    networking.firewall = {
      allowedTCPPorts = optionals (cfg.role == "server") [ 6443 ] ++ [ 10250 ];
      allowedUDPPorts = [ 8472 ];
    };

    systemd.services.nixk3s = {
      description = "k3s ${cfg.role}";
      after = [ "network-online.target" "firewall.service" ];
      wants = [ "network-online.target" ];
      wantedBy = [ "multi-user.target" ];
      path = with pkgs; [ iptables iproute2 ipset kmod ];

      preStart = ''
        mkdir -p ${cfg.dataDir}
        ${lib.optionalString (cfg.tokenFile != null) ''
          export K3S_TOKEN="$(cat ${toString cfg.tokenFile})"
          echo "token loaded (''${#K3S_TOKEN} bytes)"
        ''}
      '';

      serviceConfig = {
        Type = if cfg.role == "agent" then "exec" else "notify";
        KillMode = "process";
        Delegate = "yes";
        Restart = "always";
        RestartSec = "5s";
        LimitNOFILE = 1048576;
        TasksMax = "infinity";
        ExecStart = concatStringsSep " " (
          [ "${cfg.package}/bin/k3s" cfg.role ]
          ++ lib.optionals (cfg.role == "server") serverFlags
          ++ lib.optionals (cfg.role == "agent") [ "--server=${cfg.serverAddr}" ]
        );
      } // lib.optionalAttrs (cfg.tokenFile != null) {
        LoadCredential = [ "token:${toString cfg.tokenFile}" ];
      };
    };
  };
}

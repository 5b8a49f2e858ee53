# k3s-cluster.nix -- a NixOS module for a small k3s cluster.
#
# Written for the editing tests of Nix.Syntax: it is meant to look like a file a person
# maintains by hand, with comments everywhere, blank lines, odd indentation and a few
# habits that formatters would change.  Do NOT reformat this file.

{ config, lib, pkgs,  ... }:

let
  cfg = config.services.k3sCluster;

  /* The token file lives outside the store; k3s reads it at start. */
  tokenFile = "/var/lib/rancher/k3s/server/token";

  inherit (lib) mkIf mkOption mkEnableOption types optionalString concatStringsSep;

  # Nodes of the cluster, by name.
  nodes = {
    alpha   = { ip = "10.0.0.11"; role = "server"; zone = "a"; };
    bravo   = { ip = "10.0.0.12"; role = "agent";  zone = "a"; };
    charlie = { ip = "10.0.0.13"; role = "agent";  zone = "b"; };
      delta = { ip = "10.0.0.14"; role = "agent";  zone = "b"; };   # misaligned on purpose
  };

  mkFlag = name: value: "--${name}=${toString value}";

	# a tab-indented comment
  serverFlags = [
    (mkFlag "cluster-cidr" "10.42.0.0/16")
    (mkFlag "service-cidr" "10.43.0.0/16")
    (mkFlag "cluster-dns"  "10.43.0.10")
    "--disable=traefik"
    "--disable=servicelb"     # we run metallb instead
    "--write-kubeconfig-mode=0640"
    "--tls-san=k3s.example.internal"
  ];

in
{
  options.services.k3sCluster = {
    enable = mkEnableOption "the k3s cluster of this host";

    role = mkOption {
      type = types.enum [ "server" "agent" ];
      default = "agent";
      description = ''
        Whether this host runs the k3s control plane (server) or only
        workloads (agent).  Exactly one host should have clusterInit.
      '';
    };

    clusterInit = mkOption {
      type = types.bool;
      default = false;
      description = "Initialise a new embedded etcd cluster on this host.";
    };

    serverAddr = mkOption {
      type = types.str;
      default = "https://10.0.0.11:6443";
      example = "https://k3s.example.internal:6443";
      description = "The API server agents join.";
    };

    extraFlags = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Flags appended to the k3s command line.";
    };

    registries = mkOption {
      type = types.attrsOf (types.submodule {
        options = {
          endpoint = mkOption { type = types.listOf types.str; };
          insecure = mkOption { type = types.bool; default = false; };
        };
      });
      default = { };
      description = "Registry mirrors written to registries.yaml.";
    };
  };

  config = mkIf cfg.enable {

    # ---------------------------------------------------------------------
    # The k3s service itself
    # ---------------------------------------------------------------------
    services.k3s = {
      enable = true;
      role = cfg.role;
      clusterInit = cfg.clusterInit;
      serverAddr = if cfg.clusterInit then "" else cfg.serverAddr;
      tokenFile = tokenFile;
      extraFlags = concatStringsSep " " (
        (if cfg.role == "server" then serverFlags else [ ])
        ++ cfg.extraFlags
      );
      # containerd is configured below through a template
    };

    environment.etc."rancher/k3s/registries.yaml".text = ''
      mirrors:
      ${lib.concatStrings (lib.mapAttrsToList (name: r: ''
        "${name}":
          endpoint:
      ${lib.concatMapStrings (e: "      - \"${e}\"\n") r.endpoint}
      '') cfg.registries)}
    '';

    environment.etc."rancher/k3s/config.yaml.d/10-node.yaml".text = ''
      node-label:
        - "topology.kubernetes.io/zone=${nodes.${config.networking.hostName}.zone or "unknown"}"
        - "k3s.io/role=${cfg.role}"
    '';

    # The kubelet wants these.
    boot.kernelModules = [ "br_netfilter" "overlay" "ip_vs" "ip_vs_rr" ];
    boot.kernel.sysctl = {
      "net.ipv4.ip_forward"                 = 1;
      "net.bridge.bridge-nf-call-iptables"  = 1;
      "net.bridge.bridge-nf-call-ip6tables" = 1;
      "fs.inotify.max_user_instances"       = 8192;
      "fs.inotify.max_user_watches"         = 524288;
      "vm.max_map_count" = 262144;   # elasticsearch
    };

    networking.firewall = {
      enable = true;
      allowedTCPPorts = [
        6443   # API server
        10250  # kubelet
        2379 2380  # etcd
      ] ++ lib.optionals (cfg.role == "server") [ 9100 ];
      allowedUDPPorts = [ 8472 ];  # flannel vxlan
      trustedInterfaces = [ "cni0" "flannel.1" ];
    };

    # One systemd unit per cluster add-on that needs a host-side helper.
    systemd.services = {
      # metrics: prometheus-node-exporter
      "k3s-prometheus-node-exporter-helper" = {
        description = "Host helper for prometheus-node-exporter (metrics)";
        after = [ "k3s.service" "network-online.target" ];
        wants = [ "network-online.target" ];
        wantedBy = [ "multi-user.target" ];
        path = with pkgs; [ kubectl jq curl ];
        environment = {
          KUBECONFIG = "/etc/rancher/k3s/k3s.yaml";
          HELPER_PORT = toString 9100;
        };
        serviceConfig = {
          Type = "oneshot";
          RemainAfterExit = true;
          Restart = "on-failure";
          RestartSec = 5;
        };
        script = ''
          until kubectl get --raw /readyz >/dev/null 2>&1; do sleep 2; done
          kubectl -n kube-system get pods -l app=prometheus-node-exporter -o json \
            | jq -r '.items[].metadata.name'
        '';
      };

      # storage: longhorn-manager
      "k3s-longhorn-manager-helper" = {
        description = "Host helper for longhorn-manager (storage)";
        after = [ "k3s.service" "network-online.target" ];
        wants = [ "network-online.target" ];
        wantedBy = [ "multi-user.target" ];
        path = with pkgs; [ kubectl jq curl ];
        environment = {
          KUBECONFIG = "/etc/rancher/k3s/k3s.yaml";
          HELPER_PORT = toString 9500;
        };
        serviceConfig = {
          Type = "oneshot";
          RemainAfterExit = true;
          Restart = "on-failure";
          RestartSec = 6;
        };
        script = ''
          until kubectl get --raw /readyz >/dev/null 2>&1; do sleep 2; done
          kubectl -n kube-system get pods -l app=longhorn-manager -o json \
            | jq -r '.items[].metadata.name'
        '';
      };


      # network: metallb-speaker
      "k3s-metallb-speaker-helper" = {
        description = "Host helper for metallb-speaker (network)";
        after = [ "k3s.service" "network-online.target" ];
        wants = [ "network-online.target" ];
        wantedBy = [ "multi-user.target" ];
        path = with pkgs; [ kubectl jq curl ];
        environment = {
          KUBECONFIG = "/etc/rancher/k3s/k3s.yaml";
          HELPER_PORT = toString 7472;
        };
        serviceConfig = {
          Type = "oneshot";
          RemainAfterExit = true;
          Restart = "on-failure";
          RestartSec = 7;
        };
        script = ''
          until kubectl get --raw /readyz >/dev/null 2>&1; do sleep 2; done
          kubectl -n kube-system get pods -l app=metallb-speaker -o json \
            | jq -r '.items[].metadata.name'
        '';
      };

       # dns: coredns
       "k3s-coredns-helper" = {
         description = "Host helper for coredns (dns)";
         after = [ "k3s.service" "network-online.target" ];
         wants = [ "network-online.target" ];
         wantedBy = [ "multi-user.target" ];
         path = with pkgs; [ kubectl jq curl ];
         environment = {
           KUBECONFIG = "/etc/rancher/k3s/k3s.yaml";
           HELPER_PORT = toString 9153;
         };
         serviceConfig = {
           Type = "oneshot";
           RemainAfterExit = true;
           Restart = "on-failure";
           RestartSec = 8;
         };
         script = ''
           until kubectl get --raw /readyz >/dev/null 2>&1; do sleep 2; done
           kubectl -n kube-system get pods -l app=coredns -o json \
             | jq -r '.items[].metadata.name'
         '';
       };

      # ingress: ingress-nginx
      "k3s-ingress-nginx-helper" = {
        description = "Host helper for ingress-nginx (ingress)";
        after = [ "k3s.service" "network-online.target" ];
        wants = [ "network-online.target" ];
        wantedBy = [ "multi-user.target" ];
        path = with pkgs; [ kubectl jq curl ];
        environment = {
          KUBECONFIG = "/etc/rancher/k3s/k3s.yaml";
          HELPER_PORT = toString 10254;
        };
        serviceConfig = {
          Type = "oneshot";
          RemainAfterExit = true;
          Restart = "on-failure";
          RestartSec = 9;
        };
        script = ''
          until kubectl get --raw /readyz >/dev/null 2>&1; do sleep 2; done
          kubectl -n kube-system get pods -l app=ingress-nginx -o json \
            | jq -r '.items[].metadata.name'
        '';
      };

      # tls: cert-manager
      "k3s-cert-manager-helper" = {
        description = "Host helper for cert-manager (tls)";
        after = [ "k3s.service" "network-online.target" ];
        wants = [ "network-online.target" ];
        wantedBy = [ "multi-user.target" ];
        path = with pkgs; [ kubectl jq curl ];
        environment = {
          KUBECONFIG = "/etc/rancher/k3s/k3s.yaml";
          HELPER_PORT = toString 9402;
        };
        serviceConfig = {
          Type = "oneshot";
          RemainAfterExit = true;
          Restart = "on-failure";
          RestartSec = 10;
        };
        script = ''
          until kubectl get --raw /readyz >/dev/null 2>&1; do sleep 2; done
          kubectl -n kube-system get pods -l app=cert-manager -o json \
            | jq -r '.items[].metadata.name'
        '';
      };


      # gitops: argocd-server
      "k3s-argocd-server-helper" = {
        description = "Host helper for argocd-server (gitops)";
        after = [ "k3s.service" "network-online.target" ];
        wants = [ "network-online.target" ];
        wantedBy = [ "multi-user.target" ];
        path = with pkgs; [ kubectl jq curl ];
        environment = {
          KUBECONFIG = "/etc/rancher/k3s/k3s.yaml";
          HELPER_PORT = toString 8083;
        };
        serviceConfig = {
          Type = "oneshot";
          RemainAfterExit = true;
          Restart = "on-failure";
          RestartSec = 11;
        };
        script = ''
          until kubectl get --raw /readyz >/dev/null 2>&1; do sleep 2; done
          kubectl -n kube-system get pods -l app=argocd-server -o json \
            | jq -r '.items[].metadata.name'
        '';
      };

      # logs: loki
      "k3s-loki-helper" = {
        description = "Host helper for loki (logs)";
        after = [ "k3s.service" "network-online.target" ];
        wants = [ "network-online.target" ];
        wantedBy = [ "multi-user.target" ];
        path = with pkgs; [ kubectl jq curl ];
        environment = {
          KUBECONFIG = "/etc/rancher/k3s/k3s.yaml";
          HELPER_PORT = toString 3100;
        };
        serviceConfig = {
          Type = "oneshot";
          RemainAfterExit = true;
          Restart = "on-failure";
          RestartSec = 12;
        };
        script = ''
          until kubectl get --raw /readyz >/dev/null 2>&1; do sleep 2; done
          kubectl -n kube-system get pods -l app=loki -o json \
            | jq -r '.items[].metadata.name'
        '';
      };

       # traces: tempo
       "k3s-tempo-helper" = {
         description = "Host helper for tempo (traces)";
         after = [ "k3s.service" "network-online.target" ];
         wants = [ "network-online.target" ];
         wantedBy = [ "multi-user.target" ];
         path = with pkgs; [ kubectl jq curl ];
         environment = {
           KUBECONFIG = "/etc/rancher/k3s/k3s.yaml";
           HELPER_PORT = toString 3200;
         };
         serviceConfig = {
           Type = "oneshot";
           RemainAfterExit = true;
           Restart = "on-failure";
           RestartSec = 13;
         };
         script = ''
           until kubectl get --raw /readyz >/dev/null 2>&1; do sleep 2; done
           kubectl -n kube-system get pods -l app=tempo -o json \
             | jq -r '.items[].metadata.name'
         '';
       };

      # dashboards: grafana
      "k3s-grafana-helper" = {
        description = "Host helper for grafana (dashboards)";
        after = [ "k3s.service" "network-online.target" ];
        wants = [ "network-online.target" ];
        wantedBy = [ "multi-user.target" ];
        path = with pkgs; [ kubectl jq curl ];
        environment = {
          KUBECONFIG = "/etc/rancher/k3s/k3s.yaml";
          HELPER_PORT = toString 3000;
        };
        serviceConfig = {
          Type = "oneshot";
          RemainAfterExit = true;
          Restart = "on-failure";
          RestartSec = 14;
        };
        script = ''
          until kubectl get --raw /readyz >/dev/null 2>&1; do sleep 2; done
          kubectl -n kube-system get pods -l app=grafana -o json \
            | jq -r '.items[].metadata.name'
        '';
      };


      # secrets: vault
      "k3s-vault-helper" = {
        description = "Host helper for vault (secrets)";
        after = [ "k3s.service" "network-online.target" ];
        wants = [ "network-online.target" ];
        wantedBy = [ "multi-user.target" ];
        path = with pkgs; [ kubectl jq curl ];
        environment = {
          KUBECONFIG = "/etc/rancher/k3s/k3s.yaml";
          HELPER_PORT = toString 8200;
        };
        serviceConfig = {
          Type = "oneshot";
          RemainAfterExit = true;
          Restart = "on-failure";
          RestartSec = 15;
        };
        script = ''
          until kubectl get --raw /readyz >/dev/null 2>&1; do sleep 2; done
          kubectl -n kube-system get pods -l app=vault -o json \
            | jq -r '.items[].metadata.name'
        '';
      };

      # objects: minio
      "k3s-minio-helper" = {
        description = "Host helper for minio (objects)";
        after = [ "k3s.service" "network-online.target" ];
        wants = [ "network-online.target" ];
        wantedBy = [ "multi-user.target" ];
        path = with pkgs; [ kubectl jq curl ];
        environment = {
          KUBECONFIG = "/etc/rancher/k3s/k3s.yaml";
          HELPER_PORT = toString 9000;
        };
        serviceConfig = {
          Type = "oneshot";
          RemainAfterExit = true;
          Restart = "on-failure";
          RestartSec = 16;
        };
        script = ''
          until kubectl get --raw /readyz >/dev/null 2>&1; do sleep 2; done
          kubectl -n kube-system get pods -l app=minio -o json \
            | jq -r '.items[].metadata.name'
        '';
      };

    };

    # Static host names, so that nodes find each other before DNS is up.
    networking.extraHosts = ''
      10.0.0.11 alpha alpha.k3s.example.internal
      10.0.0.12 bravo bravo.k3s.example.internal
      10.0.0.13 charlie charlie.k3s.example.internal
      10.0.0.14 delta delta.k3s.example.internal
    '';

    # Manifests k3s applies on start (auto-deploying manifests).
    services.k3s.manifests = {
      prometheus_node_exporter = {
        target = "prometheus-node-exporter.yaml";
        content = {
          apiVersion = "v1";
          kind = "ConfigMap";
          metadata = { name = "prometheus-node-exporter-settings"; namespace = "kube-system"; };
          data = {
            port = "9100";   # metrics
            replicas = "1";
          };
        };
      };
      longhorn_manager = {
        target = "longhorn-manager.yaml";
        content = {
          apiVersion = "v1";
          kind = "ConfigMap";
          metadata = { name = "longhorn-manager-settings"; namespace = "kube-system"; };
          data = {
            port = "9500";   # storage
            replicas = "2";
          };
        };
      };
      metallb_speaker = {
        target = "metallb-speaker.yaml";
        content = {
          apiVersion = "v1";
          kind = "ConfigMap";
          metadata = { name = "metallb-speaker-settings"; namespace = "kube-system"; };
          data = {
            port = "7472";   # network
            replicas = "3";
          };
        };
      };
      coredns = {
        target = "coredns.yaml";
        content = {
          apiVersion = "v1";
          kind = "ConfigMap";
          metadata = { name = "coredns-settings"; namespace = "kube-system"; };
          data = {
            port = "9153";   # dns
            replicas = "1";
          };
        };
      };
      ingress_nginx = {
        target = "ingress-nginx.yaml";
        content = {
          apiVersion = "v1";
          kind = "ConfigMap";
          metadata = { name = "ingress-nginx-settings"; namespace = "kube-system"; };
          data = {
            port = "10254";   # ingress
            replicas = "2";
          };
        };
      };
      cert_manager = {
        target = "cert-manager.yaml";
        content = {
          apiVersion = "v1";
          kind = "ConfigMap";
          metadata = { name = "cert-manager-settings"; namespace = "kube-system"; };
          data = {
            port = "9402";   # tls
            replicas = "3";
          };
        };
      };
      argocd_server = {
        target = "argocd-server.yaml";
        content = {
          apiVersion = "v1";
          kind = "ConfigMap";
          metadata = { name = "argocd-server-settings"; namespace = "kube-system"; };
          data = {
            port = "8083";   # gitops
            replicas = "1";
          };
        };
      };
      loki = {
        target = "loki.yaml";
        content = {
          apiVersion = "v1";
          kind = "ConfigMap";
          metadata = { name = "loki-settings"; namespace = "kube-system"; };
          data = {
            port = "3100";   # logs
            replicas = "2";
          };
        };
      };
    };

    users.groups.k3s = { };
    users.users.operator = {
      isNormalUser = true;
      extraGroups = [ "wheel" "k3s" ];
      # keys are managed elsewhere
      openssh.authorizedKeys.keyFiles = [ ./keys/operator.pub ];
    };

    environment.systemPackages = with pkgs; [
      k3s
      kubectl   kubernetes-helm
      k9s
      (writeShellScriptBin "k" ''exec ${kubectl}/bin/kubectl "$@"'')
    ];

    assertions = [
      {
        assertion = cfg.clusterInit -> cfg.role == "server";
        message = "services.k3sCluster.clusterInit needs role = \"server\".";
      }
      { assertion = cfg.role == "agent" -> cfg.serverAddr != ""; message = "agents need a serverAddr"; }
    ];
  };
}
# end of k3s-cluster.nix

# den aspect for a k3s server (sini style): the NixOS module is the value of the
# `nixos` key, a function of den's own arguments; flags are a let-built string.
{ den, lib, config, ... }:
let
  inherit (lib) concatStringsSep head mkForce mkOption types;
  clusters = config.den.clusters or { };
in
{
  den.aspects.services.k3s = {
    includes = [
      den.aspects.services.k3s.node
      den.aspects.services.k3s.containerd
    ];

    settings = {
      clusterName = mkOption {
        type = types.str;
        default = "lab";
      };
    };

    # Every host of the aspect emits its own entry; den collects them into the
    # k3s-nodes argument of the nixos module below (this host's entry included).
    k3s-nodes =
      { host, ... }:
      {
        hostname = host.name;
        ip = builtins.head host.ipv4;
        clusterName = host.settings.services.k3s.clusterName;
      };

    nixos =
      { k3s-nodes, config, pkgs, host, ... }:
      let
        clusterName = host.settings.services.k3s.clusterName;
        cluster = clusters.${clusterName};
        members = lib.filter (n: n.clusterName == clusterName) k3s-nodes;
        sortedNodes = builtins.sort (a: b: a.hostname < b.hostname) members;
        shouldInit = (builtins.length sortedNodes) == 1;
        leaderIP = if shouldInit then cluster.vip else (head sortedNodes).ip;

        # SANs of every peer, this host among them: its IP and name come twice.
        peerSans = lib.flatten (
          map (node: [
            "--tls-san=${node.ip}"
            "--tls-san=${node.hostname}"
          ]) sortedNodes
        );

        commonFlags = [
          "--container-runtime-endpoint=/run/containerd/containerd.sock"
          "--node-ip=${head host.ipv4}"
          "--node-name=${config.networking.hostName}"
        ];

        serverFlags = [
          "--cluster-cidr=10.42.0.0/16"
          "--kube-controller-manager-arg=--node-cidr-mask-size-ipv6=112"
          "--write-kubeconfig-mode \"0644\""
          "--kubelet-arg=--cluster-dns=10.43.0.10"
          "--etcd-snapshot-schedule-cron='0 */6 * * *'"
          "--disable traefik"
          "--disable servicelb"
          "--disable local-storage"
          "--flannel-backend=none"
          "--disable-network-policy"
          "--disable-kube-proxy"
          "--tls-san=${config.networking.fqdn}"
          "--tls-san=${config.networking.hostName}"
          "--tls-san=${head host.ipv4}"
        ]
        ++ peerSans;

        flagString = concatStringsSep " " (commonFlags ++ serverFlags);
      in
      {
        services = {
          k3s = {
            enable = true;
            role = "server";
            clusterInit = shouldInit;
            tokenFile = config.age.secrets.k3s-token.path;
            gracefulNodeShutdown.enable = true;
            extraFlags = mkForce flagString;
          }
          // lib.optionalAttrs (!shouldInit) {
            serverAddr = "https://${leaderIP}:6443";
          };
        };
      };

    persist.directories = [
      "/var/lib/rancher"
      "/var/lib/kubelet"
      "/etc/rancher"
      "/var/lib/containerd"
      "/var/lib/cni"
    ];
  };
}

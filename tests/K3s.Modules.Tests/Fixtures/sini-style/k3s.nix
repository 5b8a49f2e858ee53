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

    nixos =
      { k3s-nodes, config, pkgs, host, ... }:
      let
        clusterName = host.settings.services.k3s.clusterName;
        cluster = clusters.${clusterName};
        members = lib.filter (n: n.clusterName == clusterName) k3s-nodes;
        shouldInit = (builtins.length members) == 1;
        leaderIP = if shouldInit then cluster.vip else (head members).ip;

        peerSans = map (n: "--tls-san=${n.ip}") members;

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

# Older dendritic style: the NixOS module is features.<name>.linux, impermanence
# is contributed through provides.impermanence.linux.
{
  features.k3s = {
    linux =
      { lib, pkgs, config, secrets, host, cluster, environment, ... }:
      let
        isLeader = host.name == cluster.leader;
      in
      {
        boot.kernelModules = [ "br_netfilter" "overlay" "nf_conntrack" ];

        networking.firewall = {
          allowedTCPPorts = [ 6443 10250 2379 2380 10250 ];
          allowedUDPPorts = [ 8472 ];
        };

        virtualisation.containerd = {
          enable = true;
          settings = {
            version = 2;
            plugins."io.containerd.grpc.v1.cri" = {
              sandbox_image = "registry.k8s.io/pause:3.9";
              containerd.runtimes.runc.options.SystemdCgroup = true;
            };
            plugins."io.containerd.grpc.v1.cri".containerd.disable_cgroup = true;
          };
        };

        services.k3s = lib.mkMerge [
          {
            enable = true;
            role = "server";
            tokenFile = secrets.k3s-token.path;
            extraFlags = toString [
              "--container-runtime-endpoint=unix:///run/containerd/containerd.sock"
              "--image-service-endpoint=unix:///run/containerd/containerd.sock"
              "--flannel-backend=none"
              "--disable-network-policy"
              "--disable-kube-proxy"
            ];
          }
          (lib.mkIf isLeader { clusterInit = true; })
          (lib.mkIf (!isLeader) { serverAddr = "https://${cluster.leaderIP}:6443"; })
        ];
      };

    provides.impermanence.linux = {
      environment.persistence."/persist".directories = [
        "/var/lib/rancher"
        "/etc/rancher"
        "/var/lib/kubelet"
        "/var/lib/containerd"
        "/var/lib/cni"
      ];
    };
  };
}

{ config, lib, pkgs, ... }:

{
  # Kernel configuration
  boot.kernelModules = [
    "br_netfilter"
    "nf_conntrack"
    "overlay"
    "ip_tables"
    "ip6_tables"
    "ip6table_mangle"
    "ip6table_raw"
    "ip6table_filter"
  ];

  boot.kernel.sysctl = {
    "net.ipv4.ip_forward" = 1;
    "net.ipv6.conf.all.forwarding" = 1;
    "net.ipv6.conf.default.forwarding" = 1;
    "net.bridge.bridge-nf-call-iptables" = 1;
    "net.bridge.bridge-nf-call-ip6tables" = 1;
    "net.ipv4.conf.lxc*.rp_filter" = 0;
    "vm.overcommit_memory" = 1;
    "kernel.panic" = 10;
    "kernel.panic_on_oops" = 1;
  };

  # Firewall (disable for local dev, enable for production)
  networking.firewall = {
    enable = false;  # Set to true for production
    allowedTCPPorts = [ 6443 10250 2379 2380 4240 4244 ];
    allowedUDPPorts = [ 8472 4789 ];
    trustedInterfaces = [ "cni+" "cilium+" "lxc+" ];
  };

  # k3s server
  services.k3s = {
    enable = true;
    role = "server";

    # For single-node local dev, leave clusterInit false
    # For HA production, set clusterInit = true on first server
    clusterInit = false;

    # Token file from secrets management
    # tokenFile = config.sops.secrets.k3s-token.path;

    # Disable bundled components for Cilium
    disable = [
      "flannel"
      "local-storage"
      "metrics-server"
      "servicelb"
      "traefik"
    ];

    extraFlags = [
      "--flannel-backend=none"
      "--disable-network-policy"
      "--disable-kube-proxy"
      "--disable-cloud-controller"
      "--write-kubeconfig-mode=644"
    ];

    gracefulNodeShutdown = {
      enable = true;
      shutdownGracePeriod = "30s";
      shutdownGracePeriodCriticalPods = "10s";
    };
  };

  # System packages for cluster management
  environment.systemPackages = with pkgs; [
    k3s
    kubectl
    k9s
    cilium-cli
    kubernetes-helm
  ];
}

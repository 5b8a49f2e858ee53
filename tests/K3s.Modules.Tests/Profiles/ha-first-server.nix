{
  config,
  lib,
  pkgs,
  ...
}:

{
  # Kernel modules for bridge filtering, connection tracking and overlays
  boot.kernelModules = [
    "br_netfilter" # Bridge netfilter support for iptables
    "nf_conntrack" # Connection tracking for stateful firewalling
    "overlay" # OverlayFS for container layers
    "ip_tables" # IPv4 firewall rules
    "ip6_tables" # IPv6 firewall rules
    "ip6table_mangle" # IPv6 packet mangling (Cilium)
    "ip6table_raw" # IPv6 raw table access (Cilium)
    "ip6table_filter" # IPv6 filtering (Cilium)
  ];

  boot.kernel.sysctl = {
    # IPv4 forwarding for pod networking
    "net.ipv4.ip_forward" = 1;

    # IPv6 forwarding for dual-stack support
    "net.ipv6.conf.all.forwarding" = 1;
    "net.ipv6.conf.default.forwarding" = 1;

    # Bridge traffic passes through iptables
    "net.bridge.bridge-nf-call-iptables" = 1;
    "net.bridge.bridge-nf-call-ip6tables" = 1;

    # Cilium-specific: disable reverse path filtering on lxc interfaces
    "net.ipv4.conf.lxc*.rp_filter" = 0;

    # Kubelet stability settings
    "vm.overcommit_memory" = 1;
    "kernel.panic" = 10;
    "kernel.panic_on_oops" = 1;
  };

  # Kubernetes API, kubelet, Cilium health and Hubble; VXLAN on 8472/udp
  networking.firewall = {
    enable = true;
    allowedTCPPorts = [
      6443 # kube-apiserver: Kubernetes API server
      10250 # kubelet: Kubelet metrics and exec API
      2379 # etcd: etcd client requests (HA mode)
      2380 # etcd: etcd peer communication (HA mode)
      4240 # Cilium: Cilium health check
      4244 # Hubble: Hubble observability API
    ];
    allowedUDPPorts = [
      8472 # VXLAN: Cilium overlay network
    ];
    trustedInterfaces = [
      "cni+"
      "cilium+"
      "lxc+"
    ];
  };

  # First server node
  services.k3s = {
    enable = true;
    role = "server";
    clusterInit = true; # Initialize etcd-backed HA cluster
    tokenFile = config.age.secrets.k3s-token.path;

    # Only names k3s knows; flannel is turned off by --flannel-backend=none
    disable = [
      "local-storage" # Use external storage provisioner
      "metrics-server" # Deploy via Helm for control
      "servicelb" # Cilium provides load balancing
      "traefik" # Use external ingress controller
    ];
    extraFlags = [
      "--flannel-backend=none" # Required for external CNI (disables flannel)
      "--disable-network-policy" # Cilium handles NetworkPolicy
      "--disable-kube-proxy" # Cilium replaces kube-proxy
      "--disable-cloud-controller" # No cloud provider integration
      "--tls-san=${config.networking.fqdn}"
      "--tls-san=${config.networking.hostName}"
      "--tls-san=203.0.113.10" # External IP
      "--bind-address=0.0.0.0"
      "--cluster-cidr=10.42.0.0/16"
      "--service-cidr=10.43.0.0/16"
      "--etcd-expose-metrics"
    ];
    gracefulNodeShutdown = {
      enable = true;
      shutdownGracePeriod = "30s";
      shutdownGracePeriodCriticalPods = "10s";
    };
  };

  # k3s state survives reboots (impermanence)
  environment.persistence."/persist".directories = [
    "/var/lib/rancher"
    "/var/lib/kubelet"
    "/etc/rancher"
  ];

  environment.systemPackages = with pkgs; [
    k3s
    kubectl
    k9s
    cilium-cli
    kubernetes-helm
  ];

  networking.hostName = "k3s-01";

  networking.domain = "example.org";
}

# Kubernetes node plumbing: kernel, sysctls, containerd (hetzkube style: config wrapper,
# quoted plugin ids with dots, the same quoted key repeated across lines).
{ config, lib, pkgs, ... }:
{
  config = {
    boot.kernelModules = [
      "overlay"
      "br_netfilter"
      "nf_conntrack"
    ];

    boot.kernel.sysctl = {
      "net.ipv4.ip_forward" = 1;
      "net.ipv6.conf.all.forwarding" = 1;
      "net.bridge.bridge-nf-call-iptables" = 1;
      "net.ipv4.conf.lxc*.rp_filter" = 0;
    };

    virtualisation.containerd = {
      enable = true;
      settings = {
        version = lib.mkForce 3;
        plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options.SystemdCgroup = true;
        plugins."io.containerd.grpc.v1.cri".cni.bin_dir = lib.mkForce "/opt/cni/bin";
        plugins."io.containerd.grpc.v1.cri".disable_hugetlb_controller = true;
        plugins."io.containerd.cri.v1.runtime".containerd.runtimes.runc.cgroup_writable = true;
      };
    };

    systemd.services.kubelet = {
      wantedBy = [ "multi-user.target" ];
      serviceConfig.ExecStart = "${pkgs.kubernetes}/bin/kubelet --config=/etc/kubernetes/kubelet.conf";
    };
  };
}

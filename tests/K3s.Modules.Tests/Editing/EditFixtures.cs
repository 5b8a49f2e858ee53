namespace K3s.Modules.Tests.Editing;

/// <summary>Small hand-written modules in the reference styles, for the edit tests.</summary>
internal static class EditFixtures
{
    /// <summary>hetzkube style: a <c>config =</c> wrapper, dotted paths inside it, nested sets, comments, <c>with pkgs;</c>.</summary>
    public const string Hetzkube = """
        # Kubernetes node plumbing (hetzkube style).
        { config, lib, pkgs, ... }:
        {
          config = {
            boot.kernelModules = [
              "overlay"
              "br_netfilter" # bridge netfilter for kube-proxy
            ];

            networking.firewall = {
              enable = lib.mkForce false; # Cilium filters
              allowedTCPPorts = [ 6443 10250 ];
            };

            services.k3s = {
              enable = true;
              role = "server";
              extraFlags = [
                "--flannel-backend=none"
                "--disable-network-policy"
              ];
            };

            environment.systemPackages = with pkgs; [ kubectl k9s ];
          };
        }

        """;

    /// <summary>sini style: a den aspect whose NixOS module is the value of <c>nixos</c>, nested <c>services = { k3s = … }</c>.</summary>
    public const string Sini = """
        { den, lib, ... }:
        let
          inherit (lib) mkForce;
        in
        {
          den.aspects.services.k3s = {
            nixos =
              { config, pkgs, host, ... }:
              {
                services = {
                  k3s = {
                    enable = true;
                    role = "server";
                    tokenFile = config.age.secrets.k3s-token.path;
                    disable = [ "traefik" ];
                  };
                };
                networking.firewall.trustedInterfaces = [ "cilium_host" ];
                boot.kernel.sysctl = {
                  "net.ipv4.ip_forward" = 1;
                };
              };
          };
        }

        """;

    /// <summary>Dotted bindings only, at the top of a module function.</summary>
    public const string Dotted = """
        { config, lib, ... }:
        {
          services.k3s.enable = true;
          services.k3s.role = "server";   # first server
          networking.firewall.allowedUDPPorts = [ 8472 ];
        }

        """;

    /// <summary>vanixiets style: everything under <c>config = lib.mkIf cfg.enable</c>.</summary>
    public const string Vanixiets = """
        { config, lib, pkgs, ... }:
        let
          cfg = config.k3s-node;
        in
        {
          options.k3s-node.enable = lib.mkEnableOption "a k3s node";

          config = lib.mkIf cfg.enable {
            boot.kernelModules = [ "br_netfilter" ];
            services.k3s = {
              enable = true;
              disable = [ "traefik" ];
            };
          };
        }

        """;
}

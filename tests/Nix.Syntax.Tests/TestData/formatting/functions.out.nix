{
  config,
  lib,
  pkgs,
  ...
}:
let
  add = a: b: a + b;
  withDefaults =
    {
      port ? 6443,
      host ? "0.0.0.0",
      ...
    }@args:
    "${host}:${toString port}";
  call = lib.mkIf config.services.k3s.enable { networking.firewall.allowedTCPPorts = [ 6443 ]; };
  applied = builtins.map (x: x * 2) [
    1
    2
    3
  ];
in
{
  value = add 1 2;
}

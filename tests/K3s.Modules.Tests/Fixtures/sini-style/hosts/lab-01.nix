# A host: den settings, not NixOS options.
{ den, ... }:
{
  den.hosts.x86_64-linux.lab-01 = {
    settings.services.k3s.clusterName = "lab";
    aspects = with den.aspects; [
      services.k3s
    ];
  };
}

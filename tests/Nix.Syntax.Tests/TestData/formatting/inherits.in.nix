{
  inherit a b;
  inherit (lib) mkIf mkOption types;
  inherit (pkgs) curl jq yq kubectl helm;
}

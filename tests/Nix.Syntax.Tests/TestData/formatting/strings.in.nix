{
  simple = "k3s";
  interpolated = "https://${host}:${toString port}/v1";
  indented = ''
      line one
        indented ${value}
      line three
  '';
  oneLineIndented = ''no quotes here'';
  uri = https://get.k3s.io;
  path = ./manifests/traefik.yaml;
}

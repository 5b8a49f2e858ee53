let
  role = "server";
in
{
  flag = if role == "server" then "--cluster-init" else "--server https://10.0.0.1:6443";
  chained =
    if a then
      1
    else if b then
      2
    else
      3;
  scoped = with lib; mkDefault true;
  checked =
    assert role != "";
    role;
  member = config ? services.k3s;
  fallback = config.services.k3s.role or "agent";
  negated = !enabled;
}

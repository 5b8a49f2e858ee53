# A shell script in an indented string, with shell variables escaped.
{ pkgs }:
pkgs.writeShellScript "setup" ''
  set -euo pipefail
  for f in "$@"; do
    echo "file: ''${f}"
  done
  export PATH=${pkgs.coreutils}/bin:$PATH
  if [ -n "''${DEBUG:-}" ]; then set -x; fi
''

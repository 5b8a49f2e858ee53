# Builtins are reachable by name and through `builtins`.
[ (builtins.length [ 1 2 ]) (map toString [ 1 ]) (builtins.__curPos or null) ]

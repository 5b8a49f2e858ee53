# `'''` (escaped '') directly followed by an interpolation.
let x = "v"; in ''a'''${x}''

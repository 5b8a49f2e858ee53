# Simple interpolation.
let name = "k3s"; in "hello ${name}!"

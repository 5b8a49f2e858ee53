# Interpolation right after `./`; the trailing slash is legal only because `${` follows.
name: ./${name}

# Adjacent interpolations and an interpolation-only string.
let a = "1"; b = "2"; in [ "${a}${b}" "${a}" "x${a}${b}y" ]

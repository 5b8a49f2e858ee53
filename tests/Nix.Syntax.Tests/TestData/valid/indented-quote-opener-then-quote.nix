# `'''${x}''`: the first two quotes open the string, then a lone `'` is content, then ${x}.
let x = "v"; in '''${x}''

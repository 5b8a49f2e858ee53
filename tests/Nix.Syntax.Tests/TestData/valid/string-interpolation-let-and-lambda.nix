# Any expression can be interpolated, including let and lambdas applied.
"${let a = "x"; in a}-${(y: y) "z"}-${toString (1 + 2)}"

# PATH_CHAR allows letters, digits, `.`, `_`, `-` and `+`.
[ ./a.b/c_d/e-f/g+h ./.hidden ./1.2.3 a/b/c.d+e_f-g ]

# `$` followed by a backslash escape, including an escaped quote.
[ "$\n" "$\"" "$\\" "a$\${b}" ]

# `$` not followed by `{` is plain text.
[ "$a" "$ {a}" "a$b$c" "{}" "}" "{" ]

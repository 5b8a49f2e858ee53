# Escapes: \n \r \t \\ \" \$ and any other \X means X (no \u or octal).
[
  "line\nbreak"
  "carriage\rreturn"
  "tab\there"
  "back\\slash"
  "quote\"inside"
  "dollar\$sign"
  "a\qb"
  "\u0041 is not unicode"
  "\0 is not octal"
  "\'"
]

# Double-quoted strings may span lines; newlines are kept verbatim.
"first line
  second line

fourth line"

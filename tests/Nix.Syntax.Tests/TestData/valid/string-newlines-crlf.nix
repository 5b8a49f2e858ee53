# CRLF line endings: CR is whitespace between tokens, and CRLF inside a
# double-quoted string is normalised to LF.
let
  s = "first
  second";
in
{
  inherit s;
  t = "a${s}b";
}

{
  sum = 1 + 2 * 3;
  merged = defaults // { enable = true; } // overrides;
  joined = [ "a" ] ++ extra ++ [ "z" ];
  logic = a && b || !c -> d;
  compared = version >= "1.30" && version < "2.0";
  long =
    someVeryLongAttributeName.withAnotherPart + anotherQuiteLongName.withMoreParts + yetAnotherName;
}

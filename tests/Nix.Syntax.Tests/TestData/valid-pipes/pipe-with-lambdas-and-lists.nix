# A realistic pipeline: lambdas must be parenthesised.
lib: xs:
  xs
  |> map (x: x * 2)
  |> builtins.filter (x: x > 2)
  |> lib.concatMapStringsSep "," toString

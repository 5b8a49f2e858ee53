# Braces and a string containing `}` inside an interpolation do not end it early.
"${ { a = "}"; b = "{"; }.a }${ { }.c or "{}" }"

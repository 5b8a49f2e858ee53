# Defaults and an ellipsis.
{ a ? 1, b, ... }: a + b

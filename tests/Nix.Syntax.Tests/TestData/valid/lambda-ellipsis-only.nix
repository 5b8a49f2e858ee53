# Only an ellipsis.
{ ... }: 1

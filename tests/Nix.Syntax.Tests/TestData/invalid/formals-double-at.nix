# Only one pattern name is allowed.
x@{ ... }@y: x

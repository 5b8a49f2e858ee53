# The empty indented string.
''''

# A bare `~` is not a home path.
~

# Home paths cannot end in a slash either.
~/a/

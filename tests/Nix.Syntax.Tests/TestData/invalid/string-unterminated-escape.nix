# The backslash escapes the final quote, so the string never ends.
"abc\"

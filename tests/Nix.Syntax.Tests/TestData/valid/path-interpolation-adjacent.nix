# Two interpolations back to back, then more text.
a: b: ./dir/${a}${b}.conf

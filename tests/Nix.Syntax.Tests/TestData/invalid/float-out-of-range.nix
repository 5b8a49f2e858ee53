# A float literal that overflows a double.
1.0e999

# The largest int64 fits in an INT_LIT.
9223372036854775807

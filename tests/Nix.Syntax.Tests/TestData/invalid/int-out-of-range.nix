# One more than the largest int64.
9223372036854775808

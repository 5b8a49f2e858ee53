# `rec` cannot introduce formals.
rec { a }

# A `$` right before the closing `''`.
[ ''a$'' ''$'' ''$$'' ]

# An unterminated block comment is lexed as `/` followed by `*`.
1 /* abc

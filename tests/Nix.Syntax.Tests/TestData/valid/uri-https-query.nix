# A URL with a query string containing `?`, `=` and `&`.
https://example.org/x?y=1&z

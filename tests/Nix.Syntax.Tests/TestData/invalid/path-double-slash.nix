# An empty path segment is not allowed.
./a//b

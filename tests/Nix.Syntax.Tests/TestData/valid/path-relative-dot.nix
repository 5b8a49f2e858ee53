# A path relative to this file's directory.
./a

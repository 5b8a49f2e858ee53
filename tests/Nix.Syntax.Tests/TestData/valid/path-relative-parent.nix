# A path in the parent directory.
../a

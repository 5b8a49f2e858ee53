# A lone `/` is not a path.
/

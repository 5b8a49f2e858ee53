# Search paths with several segments and PATH_CHAR punctuation.
[ <a/b> <nixpkgs/lib> <a.b-c_d+e/f> ]

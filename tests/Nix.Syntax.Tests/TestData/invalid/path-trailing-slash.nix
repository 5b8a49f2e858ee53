# A path may end in `/` only right before `${`.
./foo/

# An interpolated string name is dynamic, even if it is constant.
let "${"a"}" = 1; in a

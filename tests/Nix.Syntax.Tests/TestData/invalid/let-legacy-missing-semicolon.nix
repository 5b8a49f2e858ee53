# The legacy let needs semicolons like any set.
let { body = 1 }

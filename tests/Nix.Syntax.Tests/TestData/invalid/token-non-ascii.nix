# Non-ASCII characters are not allowed outside strings and comments.
let café = 1; in café

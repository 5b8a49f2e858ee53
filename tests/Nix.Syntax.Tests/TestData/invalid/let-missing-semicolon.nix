# A binding needs a `;` before `in`.
let a = 1 in a

# A legacy let with no bindings.
let { }

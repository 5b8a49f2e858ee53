# true, false and null are ordinary identifiers, not keywords.
let true = false; in true

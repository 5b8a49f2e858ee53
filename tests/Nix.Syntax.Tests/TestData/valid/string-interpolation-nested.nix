# Strings nested inside interpolations inside strings.
let x = "deep"; in "a${"b${"c${x}"}"}d"

# Identifiers are case sensitive; keywords are lowercase only.
let If = 1; LET = 2; Rec = 3; With = 4; In = 5; in [ If LET Rec With In ]

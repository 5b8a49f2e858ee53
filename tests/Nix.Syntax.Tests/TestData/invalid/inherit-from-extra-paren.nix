# A well-formed set followed by a stray `)`.
a: { inherit (a) ; } )

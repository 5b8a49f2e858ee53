# A lambda needs a body.
x: 

# The last binding needs a `;` too.
{ a = 1 }

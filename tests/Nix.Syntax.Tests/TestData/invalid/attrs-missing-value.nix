# A binding needs a value.
{ a = ; }

# Defaults may refer to other formals, in any order.
{ a ? b, b ? a, c ? a + b }: c

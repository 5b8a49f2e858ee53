# `__curPos` inside other expressions and as an attribute name.
{ pos = __curPos; __curPos = 1; inner.line = __curPos.line; }

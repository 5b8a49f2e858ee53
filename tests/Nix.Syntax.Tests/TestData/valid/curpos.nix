# `__curPos` is a special expression that evaluates to the current position.
__curPos

# `'''` is an escape, so the string is not closed.
''abc'''

# `'''` is an escaped `''` inside an indented string.
''
  two quotes: ''' done
  at end: '''
''

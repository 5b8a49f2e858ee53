# `''\X` escapes: ''\n is a newline, ''\t a tab, ''\r a carriage return, ''\\ a backslash, ''\q is q.
''
  a''\nb''\tc''\rd''\\e''\qf
''

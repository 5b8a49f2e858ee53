# `$${` is literal in indented strings too.
''
  echo $${HOME} and $$ and $a
''

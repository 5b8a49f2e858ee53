# A plain backslash is not an escape in indented strings: \n stays two characters,
# and `\${x}` is a backslash followed by a real interpolation.
x: ''
  C:\path\to\file and \n and \${x}
''

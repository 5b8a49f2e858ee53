# A tab after spaces is content; the minimum indent is computed from spaces only.
''
  	space-tab
  plain
''

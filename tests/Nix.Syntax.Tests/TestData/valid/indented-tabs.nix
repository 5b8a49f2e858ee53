# Only spaces count as indentation: these tab-indented lines keep their tabs.
''
	first
	second
''

# Lambda arguments with keyword prefixes and quotes.
iffy: in': let' : [ iffy in' let' ]

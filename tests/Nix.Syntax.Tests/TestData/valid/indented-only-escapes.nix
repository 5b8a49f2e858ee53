# Escapes as the whole content: ''$ gives $, ''' gives two quotes.
[ ''''$'' ''''''' '' '' ]

# Keywords cannot be formal names.
{ then }: 1

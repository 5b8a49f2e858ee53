# A line comment.
1 # trailing line comment
# final line comment

/* A block comment
   over several lines. */
1 /* inline */ + /* another */ 2

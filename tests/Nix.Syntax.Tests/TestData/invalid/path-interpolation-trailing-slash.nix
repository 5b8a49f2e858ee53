# A trailing slash after an interpolated segment.
x: ./a/${x}/

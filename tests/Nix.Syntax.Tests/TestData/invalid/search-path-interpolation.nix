# Search paths never interpolate.
x: <p/${x}>

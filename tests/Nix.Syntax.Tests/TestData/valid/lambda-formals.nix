# A single formal.
{ a }: a

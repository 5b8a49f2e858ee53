# A trailing comma after the last formal is allowed (but not after `...`).
{ a, b, }: a + b

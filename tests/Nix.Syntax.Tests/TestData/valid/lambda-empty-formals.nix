# Empty formal sets, with and without space.
[ ({ }: 1) ({}: 1) ]

# An integer is not an attribute name.
{ 1 = 2; }

# The condition and branches are full expressions.
x: if let y = x; in y > 0 then z: z else with { }; assert true; 0

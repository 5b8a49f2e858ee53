# List items are selections, not applications: `[ (f x) f x ]` has three items.
f: x: [ (f x) f x ]

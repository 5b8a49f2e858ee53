# An empty inherit is allowed.
{ inherit; }

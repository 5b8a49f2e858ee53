# A URI literal as an attribute value, then a lambda whose body is a URI.
{ url = https://example.org/k3s.tar.gz; f = x: y:z; }

# Search paths cannot end with a slash.
<a/b/>

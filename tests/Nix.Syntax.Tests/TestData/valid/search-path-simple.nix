# A search path.
<nixpkgs>

# The multi-line leading-comma style.
{ stdenv
, fetchurl
, lib
, withGui ? false
, ...
}:
stdenv.mkDerivation { pname = "x"; version = "1"; }

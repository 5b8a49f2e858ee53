/**
  A doc comment (RFC 145); to Nix 2.8 it is an ordinary block comment.
*/
{
  /** Adds one. */
  inc = x: x + 1;
  /** A doc comment before a nested binding path. */
  lib.id = x: x;
}

namespace Nix.Syntax.Semantics;

/// <summary>
/// One piece of an indented string as Nix's lexer yields it: a run of text (which counts toward indentation),
/// an escape or lone <c>$</c>/<c>'</c> (which does not), or an interpolation (<see cref="Text"/> null).
/// </summary>
internal readonly record struct IndentedStringPiece(string? Text, bool HasIndentation, InterpolationSyntax? Interpolation);

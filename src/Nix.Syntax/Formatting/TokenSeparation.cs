namespace Nix.Syntax.Formatting;

/// <summary>
/// Whether two tokens printed with nothing between them would lex as something else (Roslyn's <c>NeedsSeparator</c>).
/// Nix's lexer makes longest matches over identifiers (which may contain <c>-</c> and <c>'</c>), paths, URIs, floats and
/// multi-character operators, so printing must never paste <c>a</c> <c>-b</c>, <c>x:</c> <c>x</c>, <c>/</c> <c>/b</c>,
/// <c>1</c> <c>.a</c>, <c>+</c> <c>+</c> or a path and <c>${</c> together.
/// </summary>
public static class TokenSeparation
{
    /// <summary>Whether <paramref name="left"/> immediately followed by <paramref name="right"/> needs at least one space.</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The token after it.</param>
    /// <returns>True when a space is required.</returns>
    public static bool NeedsSeparator(SyntaxToken left, SyntaxToken right)
    {
        // The "}" that ends an interpolated path ("./a-${x}") continues the path as much as path text does: "${x}.a" is a path.
        var leftKind = left.Kind == NixSyntaxKind.CloseBraceToken && left.Parent is InterpolationSyntax { Parent: PathExpressionSyntax }
            ? NixSyntaxKind.PathTextToken
            : left.Kind;
        return NeedsSeparator(leftKind, left.Text, right.Kind, right.Text);
    }

    /// <summary>Whether a token of <paramref name="leftKind"/> and <paramref name="leftText"/> followed directly by one of <paramref name="rightKind"/> and <paramref name="rightText"/> needs a space.</summary>
    /// <param name="leftKind">The kind of the first token.</param>
    /// <param name="leftText">Its text.</param>
    /// <param name="rightKind">The kind of the token after it.</param>
    /// <param name="rightText">Its text.</param>
    /// <returns>True when a space is required.</returns>
    public static bool NeedsSeparator(NixSyntaxKind leftKind, string leftText, NixSyntaxKind rightKind, string rightText)
    {
        if (leftText.Length == 0 || rightText.Length == 0) return false;
        char a = leftText[^1], b = rightText[0];

        // A path (or its last part) absorbs a following "${" as interpolation.
        if (IsPathLike(leftKind) && rightKind == NixSyntaxKind.DollarOpenBraceToken) return true;

        // "1 .a" (1. is a float), "./a .b" (./a.b is a path), "http://x .y" (URIs take dots), ". ..." and ". .".
        if (b == '.')
        {
            if (rightKind == NixSyntaxKind.DotToken)
                return leftKind is NixSyntaxKind.IntegerLiteralToken or NixSyntaxKind.FloatLiteralToken or NixSyntaxKind.UriToken
                    || IsPathLike(leftKind) || a == '.';
            return IsPathChar(a) || a is '\'' or '/' or '.';
        }

        // A URI runs on into any URI character ("http://a ," is not "http://a,").
        if (leftKind == NixSyntaxKind.UriToken && IsUriChar(b)) return true;

        // "x:x" is a URI: a colon followed by a URI character.
        if (a == ':' && IsUriChar(b)) return true;

        // Identifiers, keywords, numbers and paths run on into identifier, number and path characters ("a -b" is not
        // "a-b", "a'" followed by an indented string is not "a'''s''"), and into a slash ("a/b" is a path).
        bool rightStartsPath = IsPathLike(rightKind) || b == '/';
        if (IsWord(leftKind) && (IsPathChar(b) || b == '\'' || rightStartsPath)) return true;

        // "-", "+" and "." are path characters too: "-/a" and "-a/b" are paths.
        if (IsPathChar(a) && rightStartsPath) return true;

        // A slash followed by a path character starts a path ("a / b" vs "a /b"), by a slash or star it makes "//" or "/*".
        if (a == '/' && (IsPathChar(b) || b is '/' or '*')) return true;

        // "<" followed by a path character may start a search path "<a>".
        if (a == '<' && IsPathChar(b)) return true;

        return (a, b) switch
        {
            ('+', '+') or ('-', '>') or ('-', '-') or ('<', '|') or ('|', '>') or ('|', '|') or ('=', '=') or ('!', '=')
                or ('<', '=') or ('>', '=') or ('&', '&') or ('*', '/') or ('\'', '\'') or ('$', '{') or ('#', _) => true,
            _ => b == '#',
        };
    }

    private static bool IsPathLike(NixSyntaxKind kind) =>
        kind is NixSyntaxKind.PathToken or NixSyntaxKind.HomePathToken or NixSyntaxKind.PathTextToken;

    private static bool IsWord(NixSyntaxKind kind) => SyntaxFacts.IsKeyword(kind) || IsPathLike(kind) || kind is NixSyntaxKind.IdentifierToken
        or NixSyntaxKind.IntegerLiteralToken or NixSyntaxKind.FloatLiteralToken or NixSyntaxKind.UriToken;

    private static bool IsPathChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+';

    private static bool IsUriChar(char c) => char.IsAsciiLetterOrDigit(c) || "%/?:@&=+$,-_.!~*'".Contains(c);
}

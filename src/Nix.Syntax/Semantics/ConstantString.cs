namespace Nix.Syntax.Semantics;

/// <summary>
/// Which expressions Nix's parser turns into a plain string constant (its <c>ExprString</c>). That decides
/// whether <c>${e}</c> as an attribute name is static: Nix 2.8 treats it as the name itself when it is.
/// </summary>
internal static class ConstantString
{
    /// <summary>
    /// The constant, or null when Nix builds anything else: <c>"…"</c> without interpolations, a URI, and an
    /// indented string that is one piece of text, empty, or a single interpolation of a constant (Nix keeps a
    /// lone piece unwrapped). Parentheses make no node in Nix, so they are looked through.
    /// </summary>
    public static string? Of(ExpressionSyntax? expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case LiteralExpressionSyntax { Kind: NixSyntaxKind.UriExpression } uri:
                    return uri.Token.Text;
                case StringExpressionSyntax { IsIndented: false } quoted:
                    return quoted.GetValueText();
                case StringExpressionSyntax indented:
                    var pieces = indented.LexIndentedPieces();
                    if (pieces.Count == 0) return string.Empty;
                    if (pieces.Count > 1) return null;
                    if (pieces[0].Interpolation is { } only)
                    {
                        expression = only.Expression;
                        continue;
                    }
                    return indented.GetValueText();
                default:
                    return null;
            }
        }
    }
}

using System.Globalization;

namespace Nix.Syntax;

public sealed partial class LiteralExpressionSyntax
{
    private const double SmallestNormal = 2.2250738585072014E-308; // DBL_MIN

    /// <summary>
    /// The value of an integer literal. False for other literals and for integers beyond a 64-bit signed
    /// integer, which Nix rejects.
    /// </summary>
    /// <param name="value">The value, or 0.</param>
    public bool TryGetInteger(out long value)
    {
        value = 0;
        return Kind == NixSyntaxKind.IntegerLiteralExpression
            && long.TryParse(Token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// The value of a float literal. False for other literals and for floats Nix rejects: those whose
    /// <c>strtod</c> sets ERANGE, that is overflow to infinity or underflow below the smallest normal double.
    /// </summary>
    /// <param name="value">The value, or 0.</param>
    public bool TryGetFloat(out double value)
    {
        value = 0;
        if (Kind != NixSyntaxKind.FloatLiteralExpression) return false;
        var text = Token.Text;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || double.IsInfinity(parsed)) return false;
        bool underflows = parsed == 0 ? HasNonZeroMantissa(text) : Math.Abs(parsed) < SmallestNormal;
        if (underflows) return false;
        value = parsed;
        return true;
    }

    /// <summary>Whether a digit before the exponent is not zero (so a zero result is an underflow).</summary>
    private static bool HasNonZeroMantissa(string text)
    {
        int exponent = text.IndexOfAny(['e', 'E']);
        return text.AsSpan(0, exponent < 0 ? text.Length : exponent).IndexOfAnyInRange('1', '9') >= 0;
    }
}

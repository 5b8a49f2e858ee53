using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Nix.Syntax;

// Literals: strings, indented strings, numbers, booleans, null and paths, written so that Nix reads back exactly the value given.
public static partial class SyntaxFactory
{
    /// <summary>
    /// A string <c>"…"</c> whose cooked value is exactly <paramref name="value"/>: <c>"</c>, <c>\</c> and <c>${</c> are
    /// escaped, and newline, carriage return and tab are written as <c>\n</c>, <c>\r</c>, <c>\t</c> (Nix turns a raw CR into LF).
    /// </summary>
    /// <param name="value">The value; it may not contain NUL, which Nix rejects.</param>
    /// <returns>The string expression.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> contains a NUL character.</exception>
    public static StringExpressionSyntax StringLiteral(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\0')) throw new ArgumentException("Nix strings cannot contain NUL.", nameof(value));
        var text = EscapeStringText(value);

        return StringOf(NixSyntaxKind.StringExpression, Token(NixSyntaxKind.DoubleQuoteToken), NixSyntaxKind.StringTextToken, text, Token(NixSyntaxKind.DoubleQuoteToken));
    }

    /// <summary>
    /// The source text of one literal part of a <c>"…"</c> string whose cooked value is <paramref name="value"/>:
    /// <c>"</c>, <c>\</c> and <c>${</c> escaped, newline, carriage return and tab written as escapes. With
    /// <paramref name="beforeInterpolation"/>, a last <c>$</c> is escaped too, since the part is followed by <c>${</c>.
    /// </summary>
    /// <param name="value">The cooked text of the part.</param>
    /// <param name="beforeInterpolation">Whether an interpolation follows the part.</param>
    /// <returns>The text of the part's <see cref="NixSyntaxKind.StringTextToken"/>.</returns>
    public static string EscapeStringText(string value, bool beforeInterpolation = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        // Most names and values need no escape: they are their own text, without a copy.
        if (value.AsSpan().IndexOfAny(s_stringSpecials) < 0) return value;
        var text = new StringBuilder(value.Length + 2);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '$' when StartsInterpolation(value, i, beforeInterpolation):
                    text.Append("\\$");
                    break;
                default: text.Append(c); break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The source text of one literal part of an indented string <c>''…''</c>, whose text as written between the
    /// quotes (before Nix strips the common indentation; the caller lays out lines and indentation) is
    /// <paramref name="value"/>: <c>''</c> becomes <c>'''</c>, <c>${</c> becomes <c>''${</c>, a carriage return
    /// becomes <c>''\r</c>, and a lone <c>'</c> before one of those escapes becomes <c>''\'</c>. With
    /// <paramref name="beforeInterpolation"/>, a last <c>$</c> is escaped too, since the part is followed by <c>${</c>.
    /// A part that ends with <c>'</c> must not be followed by the closing <c>''</c>.
    /// </summary>
    /// <param name="value">The text of the part.</param>
    /// <param name="beforeInterpolation">Whether an interpolation follows the part.</param>
    /// <returns>The text of the part's <see cref="NixSyntaxKind.IndentedStringTextToken"/>.</returns>
    public static string EscapeIndentedStringText(string value, bool beforeInterpolation = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny(s_indentedSpecials) < 0) return value;
        var text = new StringBuilder(value.Length + 8);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '\'' && i + 1 < value.Length && value[i + 1] == '\'')
            {
                text.Append("'''");
                i++;
            }
            else if (c == '\'' && i + 1 < value.Length && (value[i + 1] == '\r' || (value[i + 1] == '$' && StartsInterpolation(value, i + 1, beforeInterpolation))))
                text.Append("''\\'"); // a lone quote before the ''$ or ''\r escape would read as the ''' escape
            else if (c == '$' && StartsInterpolation(value, i, beforeInterpolation)) text.Append("''$");
            else if (c == '\r') text.Append("''\\r");
            else text.Append(c);
        }

        return text.ToString();
    }

    private static readonly SearchValues<char> s_stringSpecials = SearchValues.Create("\"\\\n\r\t$");
    private static readonly SearchValues<char> s_indentedSpecials = SearchValues.Create("'$\r");

    // Whether the '$' at index i would start an interpolation: "${" in the text, or a last '$' before one.
    private static bool StartsInterpolation(string value, int i, bool beforeInterpolation) =>
        (i + 1 < value.Length && value[i + 1] == '{') || (i + 1 == value.Length && beforeInterpolation);

    /// <summary>
    /// An indented string <c>''…''</c> whose cooked value is each line followed by a newline. Lines are written indented by
    /// two spaces (which Nix strips); <c>''</c> becomes <c>'''</c>, <c>${</c> becomes <c>''${</c>, a leading space becomes
    /// <c>''\ </c> (so that no indentation of the value is stripped), a CR becomes <c>''\r</c>, and a lone <c>'</c> before
    /// another escape becomes <c>''\'</c>.
    /// </summary>
    /// <param name="lines">The lines, without line breaks.</param>
    /// <returns>The indented string expression.</returns>
    /// <exception cref="ArgumentException">A line contains a line feed or NUL.</exception>
    public static StringExpressionSyntax IndentedString(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            ArgumentNullException.ThrowIfNull(line, nameof(lines));
            if (line.Contains('\n') || line.Contains('\0'))
                throw new ArgumentException("A line may not contain a line feed or NUL.", nameof(lines));
            if (line.Length > 0) text.Append("  ").Append(EscapeIndentedLine(line));
            text.Append('\n');
        }

        var open = Token(NixSyntaxKind.OpenIndentedStringToken, "''\n");
        return StringOf(NixSyntaxKind.IndentedStringExpression, open, NixSyntaxKind.IndentedStringTextToken, text.ToString(), Token(NixSyntaxKind.CloseIndentedStringToken));
    }

    /// <summary>An indented string from its lines; see <see cref="IndentedString(IEnumerable{string})"/>.</summary>
    /// <param name="lines">The lines, without line breaks.</param>
    /// <returns>The indented string expression.</returns>
    public static StringExpressionSyntax IndentedString(params string[] lines) => IndentedString((IEnumerable<string>)lines);

    /// <summary>An integer; a negative value is a negation (<c>-5</c>), and <see cref="long.MinValue"/> is <c>-9223372036854775807 - 1</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The literal, or the expression that evaluates to <paramref name="value"/>.</returns>
    public static ExpressionSyntax IntegerLiteral(long value)
    {
        if (value == long.MinValue)
            return Binary(NixSyntaxKind.SubtractExpression, IntegerLiteral(-long.MaxValue), IntegerLiteral(1));
        if (value < 0) return Negate(IntegerLiteral(-value));
        return LiteralExpression(NixSyntaxKind.IntegerLiteralExpression, Token(NixSyntaxKind.IntegerLiteralToken, value.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// A float written in the shortest text that matches Nix's <c>FLOAT</c> rule and reads back to the same double
    /// (<c>0.1</c>, <c>1.0</c>, <c>1.5e-7</c>, <c>1.0e20</c>); a negative value is a negation. Negative zero is written
    /// <c>-0.0</c>, which Nix evaluates as <c>0 - 0.0</c>.
    /// </summary>
    /// <param name="value">A finite value.</param>
    /// <returns>The literal, or its negation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN, infinite or subnormal (Nix reports "invalid float" for those).</exception>
    public static ExpressionSyntax FloatLiteral(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "Nix has no literal for NaN or infinity.");
        if (double.IsSubnormal(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "Nix rejects subnormal float literals (\"invalid float\").");
        if (double.IsNegative(value)) return Negate(FloatLiteral(-value));
        return LiteralExpression(NixSyntaxKind.FloatLiteralExpression, Token(NixSyntaxKind.FloatLiteralToken, FormatFloat(value)));
    }

    /// <summary>The variable <c>true</c> (in Nix a built-in name, not a keyword).</summary>
    public static IdentifierNameSyntax True => IdentifierName("true");

    /// <summary>The variable <c>false</c>.</summary>
    public static IdentifierNameSyntax False => IdentifierName("false");

    /// <summary>The variable <c>null</c>.</summary>
    public static IdentifierNameSyntax Null => IdentifierName("null");

    /// <summary>A boolean: <see cref="True"/> or <see cref="False"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The variable reference.</returns>
    public static IdentifierNameSyntax BooleanLiteral(bool value) => value ? True : False;

    /// <summary>
    /// A path literal without interpolation: <c>./a</c>, <c>../a/b.nix</c>, <c>/etc/k3s</c>, <c>a/b</c> or <c>~/x</c>, checked against
    /// Nix's <c>PATH</c>/<c>HPATH</c> rules (no trailing slash).
    /// </summary>
    /// <param name="path">The path as written.</param>
    /// <returns>The path expression.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not a Nix path literal.</exception>
    public static PathExpressionSyntax PathLiteral(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        NixSyntaxKind kind;
        if (s_path.IsMatch(path)) kind = NixSyntaxKind.PathToken;
        else if (s_homePath.IsMatch(path)) kind = NixSyntaxKind.HomePathToken;
        else throw new ArgumentException($"\"{path}\" is not a Nix path literal (it needs a '/', only [a-zA-Z0-9._+-] between slashes, and no trailing '/').", nameof(path));
        return PathExpression(List<InterpolatedPartSyntax>([StringText(Token(kind, path))]));
    }

    /// <summary>A search path <c>&lt;nixpkgs&gt;</c> or <c>&lt;nixpkgs/lib&gt;</c>.</summary>
    /// <param name="path">The path between the angle brackets.</param>
    /// <returns>The literal.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> does not fit Nix's <c>SPATH</c> rule.</exception>
    public static LiteralExpressionSyntax SearchPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!s_searchPath.IsMatch(path)) throw new ArgumentException($"\"{path}\" is not a Nix search path.", nameof(path));
        return LiteralExpression(NixSyntaxKind.SearchPathExpression, Token(NixSyntaxKind.SearchPathToken, "<" + path + ">"));
    }

    private static readonly Regex s_path = new(@"\A[a-zA-Z0-9._+\-]*(/[a-zA-Z0-9._+\-]+)+\z", RegexOptions.CultureInvariant);
    private static readonly Regex s_homePath = new(@"\A~(/[a-zA-Z0-9._+\-]+)+\z", RegexOptions.CultureInvariant);
    private static readonly Regex s_searchPath = new(@"\A[a-zA-Z0-9._+\-]+(/[a-zA-Z0-9._+\-]+)*\z", RegexOptions.CultureInvariant);

    /// <summary>Nix's FLOAT rule.</summary>
    internal static readonly Regex FloatRule = new(@"\A(([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)?\z", RegexOptions.CultureInvariant);

    private static string FormatFloat(double value)
    {
        string r = value.ToString("R", CultureInfo.InvariantCulture);
        string mantissa = r, exponent = "";
        int e = r.IndexOf('E');
        if (e >= 0)
        {
            mantissa = r[..e];
            string digits = r[(e + 1)..];
            string sign = digits.StartsWith('-') ? "-" : "";
            exponent = "e" + sign + digits.TrimStart('+', '-').TrimStart('0');
        }

        if (!mantissa.Contains('.')) mantissa += ".0";
        string text = mantissa + exponent;
        if (!FloatRule.IsMatch(text) || double.Parse(text, CultureInfo.InvariantCulture) != value)
            throw new InvalidOperationException($"Internal error: {value} formatted as \"{text}\".");
        return text;
    }

    // A line of IndentedString: a leading space is escaped too, so that Nix strips no indentation of the value.
    private static string EscapeIndentedLine(string line) =>
        line.StartsWith(' ') ? "''\\ " + EscapeIndentedStringText(line[1..]) : EscapeIndentedStringText(line);

    private static StringExpressionSyntax StringOf(NixSyntaxKind kind, SyntaxToken open, NixSyntaxKind textKind, string text, SyntaxToken close)
    {
        var parts = text.Length == 0 ? [] : new InterpolatedPartSyntax[] { StringText(Token(textKind, text)) };
        return StringExpression(kind, open, List<InterpolatedPartSyntax>(parts), close);
    }
}

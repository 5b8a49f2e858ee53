using System.Text;

namespace Nix.Syntax.Semantics;

/// <summary>Resolves the escapes of <c>"…"</c> string text the way Nix's lexer does (its <c>unescapeStr</c>).</summary>
internal static class StringEscapes
{
    /// <summary>
    /// The cooked value of raw string text: <c>\n \r \t</c> are control characters, <c>\X</c> is X for any
    /// other X, and a raw CR or CRLF becomes LF. An escaped CR stays a CR, as in Nix.
    /// </summary>
    public static string Unescape(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOfAny('\\', '\r') < 0) return raw.ToString();
        var result = new StringBuilder(raw.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c == '\\' && i + 1 < raw.Length)
            {
                c = raw[++i];
                result.Append(c switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ => c });
            }
            else if (c == '\r')
            {
                result.Append('\n');
                if (i + 1 < raw.Length && raw[i + 1] == '\n') i++;
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }
}

namespace Nix.Syntax.Semantics;

/// <summary>
/// Splits the raw text between two interpolations of an indented string into the tokens Nix's lexer makes
/// of it. The split matters: Nix strips indentation token by token, and escapes end a line's indentation.
/// </summary>
internal static class IndentedStringLexer
{
    /// <summary>Appends the pieces of <paramref name="raw"/> to <paramref name="pieces"/>.</summary>
    public static void Lex(string raw, List<IndentedStringPiece> pieces)
    {
        int i = 0;
        while (i < raw.Length)
        {
            if (raw.AsSpan(i).StartsWith("''"))
            {
                // ''$ is $, ''' is '', ''\X is the escape \X; a bare '' cannot occur inside the text.
                char next = i + 2 < raw.Length ? raw[i + 2] : '\0';
                if (next == '$') Add(pieces, "$", 3, ref i);
                else if (next == '\'') Add(pieces, "''", 3, ref i);
                else if (next == '\\' && i + 3 < raw.Length) Add(pieces, StringEscapes.Unescape(raw.AsSpan(i + 2, 2)), 4, ref i);
                else Add(pieces, raw.Substring(i), raw.Length - i, ref i);
                continue;
            }
            int run = RunLength(raw, i);
            if (run > 0)
            {
                pieces.Add(new IndentedStringPiece(raw.Substring(i, run), true, null));
                i += run;
            }
            else
            {
                // A lone ' before $, or a lone $ before ' (or at the end): a token of its own.
                Add(pieces, raw[i].ToString(), 1, ref i);
            }
        }
    }

    private static void Add(List<IndentedStringPiece> pieces, string value, int width, ref int i)
    {
        pieces.Add(new IndentedStringPiece(value, false, null));
        i += width;
    }

    /// <summary>The length of the longest match of Nix's <c>([^$']|\$[^{']|'[^'$])+</c> at <paramref name="start"/>.</summary>
    private static int RunLength(string raw, int start)
    {
        int i = start;
        while (i < raw.Length)
        {
            char c = raw[i];
            if (c != '$' && c != '\'') { i++; continue; }
            if (i + 1 >= raw.Length) break;
            char next = raw[i + 1];
            if (c == '$' ? next is '{' or '\'' : next is '\'' or '$') break;
            i += 2;
        }
        return i - start;
    }
}

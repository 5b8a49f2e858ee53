using System.Text;

namespace Nix.Syntax.Semantics;

/// <summary>
/// Nix's indentation stripping of <c>''…''</c> strings (its parser's <c>stripIndentation</c>): the minimum
/// indentation counts spaces only (a tab is content), ignores blank lines and a whitespace-only last line,
/// and ends at an interpolation or escape; then that many spaces are dropped from the start of each line.
/// </summary>
internal static class IndentationStripper
{
    /// <summary>The stripped pieces: text (possibly empty) and interpolations, one for each input piece.</summary>
    public static List<IndentedStringPiece> Strip(List<IndentedStringPiece> pieces)
    {
        int minIndent = MinimumIndent(pieces);
        var result = new List<IndentedStringPiece>(pieces.Count);
        bool atStartOfLine = true;
        int dropped = 0;
        for (int n = 0; n < pieces.Count; n++)
        {
            var piece = pieces[n];
            if (piece.Text is null)
            {
                atStartOfLine = false;
                dropped = 0;
                result.Add(piece);
                continue;
            }
            // Escapes go through the same loop as text: an escaped space at the start of a line is dropped too.
            var text = new StringBuilder(piece.Text.Length);
            foreach (char c in piece.Text)
            {
                if (atStartOfLine)
                {
                    if (c == ' ')
                    {
                        if (dropped++ >= minIndent) text.Append(c);
                    }
                    else if (c == '\n')
                    {
                        dropped = 0;
                        text.Append(c);
                    }
                    else
                    {
                        atStartOfLine = false;
                        dropped = 0;
                        text.Append(c);
                    }
                }
                else
                {
                    text.Append(c);
                    if (c == '\n') atStartOfLine = true;
                }
            }
            if (n == pieces.Count - 1) DropBlankLastLine(text);
            result.Add(piece with { Text = text.ToString() });
        }
        return result;
    }

    private static int MinimumIndent(List<IndentedStringPiece> pieces)
    {
        bool atStartOfLine = true;
        int minIndent = 1000000, indent = 0;
        foreach (var piece in pieces)
        {
            if (piece.Text is null || !piece.HasIndentation)
            {
                if (atStartOfLine)
                {
                    atStartOfLine = false;
                    minIndent = Math.Min(minIndent, indent);
                }
                continue;
            }
            foreach (char c in piece.Text)
            {
                if (atStartOfLine)
                {
                    if (c == ' ') indent++;
                    else if (c == '\n') indent = 0; // a blank line does not count
                    else
                    {
                        atStartOfLine = false;
                        minIndent = Math.Min(minIndent, indent);
                    }
                }
                else if (c == '\n')
                {
                    atStartOfLine = true;
                    indent = 0;
                }
            }
        }
        return minIndent;
    }

    /// <summary>Nix drops the last line of the last piece when it holds nothing but spaces.</summary>
    private static void DropBlankLastLine(StringBuilder text)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == '\n')
            {
                text.Length = i + 1;
                return;
            }
            if (text[i] != ' ') return;
        }
    }
}

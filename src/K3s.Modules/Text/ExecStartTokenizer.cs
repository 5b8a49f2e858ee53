using System.Text;

namespace K3s.Modules.Text;

/// <summary>
/// Splits a command line the way systemd splits <c>ExecStart=</c>: whitespace separates words, double and
/// single quotes group (and are removed), a backslash escapes the next character. nixpkgs joins
/// <c>extraFlags</c> into ExecStart without escaping, so this is how k3s receives them.
/// </summary>
public static class ExecStartTokenizer
{
    /// <summary>The character that stands for an unknown part (a hole of a string pattern).</summary>
    public const char Hole = '\uFFFC';

    /// <summary>The words of <paramref name="text"/>, each with its raw (unquoted) source text.</summary>
    public static IReadOnlyList<(string Word, string Raw)> Split(string text)
    {
        var words = new List<(string, string)>();
        var word = new StringBuilder();
        int start = -1;
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                if (start >= 0) { words.Add((word.ToString(), text[start..i])); word.Clear(); start = -1; }
                continue;
            }
            if (start < 0) start = i;
            if (c == '\\' && i + 1 < text.Length && quote != '\'') { word.Append(text[++i]); continue; }
            if (quote == '\0' && (c == '"' || c == '\'')) { quote = c; continue; }
            if (quote != '\0' && c == quote) { quote = '\0'; continue; }
            word.Append(c);
        }
        if (start >= 0) words.Add((word.ToString(), text[start..]));
        return words;
    }
}

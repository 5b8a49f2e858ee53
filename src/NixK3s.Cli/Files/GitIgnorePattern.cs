using System.Text;
using System.Text.RegularExpressions;

namespace NixK3s.Cli.Files;

/// <summary>
/// One line of a <c>.gitignore</c> file: a glob (<c>*</c>, <c>?</c>, <c>[a-z]</c>, <c>**</c>), maybe negated with <c>!</c>,
/// maybe anchored to its file's folder (a slash at the start or in the middle), maybe only for folders (a trailing slash).
/// </summary>
internal sealed class GitIgnorePattern
{
    private readonly Regex _regex;

    private GitIgnorePattern(string text, Regex regex, bool negated, bool directoryOnly)
    {
        Text = text;
        _regex = regex;
        IsNegated = negated;
        IsDirectoryOnly = directoryOnly;
    }

    /// <summary>The line as written.</summary>
    public string Text { get; }

    /// <summary>True for <c>!pattern</c>: a match re-includes the path.</summary>
    public bool IsNegated { get; }

    /// <summary>True for <c>pattern/</c>: the pattern matches folders only.</summary>
    public bool IsDirectoryOnly { get; }

    /// <summary>
    /// Reads one line; null for blank lines and comments. Trailing spaces are dropped unless escaped with a backslash,
    /// as git does.
    /// </summary>
    public static GitIgnorePattern? Parse(string line)
    {
        var text = line.TrimEnd('\r');
        // Trailing spaces are ignored unless the last one is escaped.
        int end = text.Length;
        while (end > 0 && text[end - 1] == ' ' && !(end >= 2 && text[end - 2] == '\\')) end--;
        text = text[..end];
        if (text.Length == 0 || text[0] == '#') return null;
        bool negated = false;
        if (text[0] == '!')
        {
            negated = true;
            text = text[1..];
        }
        else if (text.StartsWith("\\!", StringComparison.Ordinal) || text.StartsWith("\\#", StringComparison.Ordinal))
        {
            text = text[1..];
        }
        bool directoryOnly = text.EndsWith('/');
        if (directoryOnly) text = text.TrimEnd('/');
        if (text.Length == 0) return null;
        // A slash at the start or in the middle anchors the pattern to the .gitignore's folder;
        // otherwise it matches a name at any depth.
        bool anchored = text.Contains('/');
        if (text.StartsWith('/')) text = text[1..];
        var regex = "^" + (anchored ? "" : "(?:.*/)?") + GlobToRegex(text) + "$";
        return new GitIgnorePattern(line, new Regex(regex, RegexOptions.CultureInvariant), negated, directoryOnly);
    }

    /// <summary>True if the pattern matches <paramref name="relativePath"/> ('/'-separated, relative to the .gitignore's folder).</summary>
    public bool Matches(string relativePath, bool isDirectory) =>
        (!IsDirectoryOnly || isDirectory) && _regex.IsMatch(relativePath);

    private static string GlobToRegex(string glob)
    {
        var regex = new StringBuilder();
        int i = 0;
        while (i < glob.Length)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                bool atStart = i == 0 || glob[i - 1] == '/';
                int after = i + 2;
                bool atEnd = after == glob.Length;
                bool beforeSlash = after < glob.Length && glob[after] == '/';
                if (atStart && beforeSlash)
                {
                    // "**/": zero or more folders.
                    regex.Append("(?:.*/)?");
                    i = after + 1;
                    continue;
                }
                if (atStart && atEnd)
                {
                    // "/**" at the end: everything inside.
                    regex.Append(".*");
                    i = after;
                    continue;
                }
                // Any other "**" is an ordinary "*".
                regex.Append("[^/]*");
                i = after;
                continue;
            }
            switch (c)
            {
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '\\' when i + 1 < glob.Length:
                    i++;
                    regex.Append(Regex.Escape(glob[i].ToString()));
                    break;
                case '[':
                    int close = FindClassEnd(glob, i);
                    if (close < 0)
                    {
                        regex.Append("\\[");
                        break;
                    }
                    regex.Append(CharacterClass(glob.Substring(i + 1, close - i - 1)));
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
            i++;
        }
        return regex.ToString();
    }

    private static int FindClassEnd(string glob, int open)
    {
        int i = open + 1;
        if (i < glob.Length && (glob[i] == '!' || glob[i] == '^')) i++;
        if (i < glob.Length && glob[i] == ']') i++; // a leading ']' is literal
        for (; i < glob.Length; i++)
            if (glob[i] == ']') return i;
        return -1;
    }

    private static string CharacterClass(string body)
    {
        var result = new StringBuilder("[");
        int i = 0;
        if (body.Length > 0 && (body[0] == '!' || body[0] == '^'))
        {
            result.Append('^');
            i = 1;
        }
        for (; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\\' || c == '[' || c == ']' || c == '^') result.Append('\\');
            result.Append(c);
        }
        return result.Append(']').ToString();
    }
}

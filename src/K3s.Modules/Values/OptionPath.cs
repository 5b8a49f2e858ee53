using System.Text;

namespace K3s.Modules.Values;

/// <summary>
/// An attribute path such as <c>services.k3s.enable</c> or <c>plugins."io.containerd.grpc.v1.cri".cni</c>:
/// a list of names. A name with a dot in it is one segment; it prints quoted.
/// </summary>
public sealed record OptionPath : IComparable<OptionPath>
{
    /// <summary>Creates a path from its segments.</summary>
    /// <param name="segments">The names, outermost first; none may be empty of segments.</param>
    public OptionPath(EquatableList<string> segments)
    {
        if (segments.Count == 0) throw new ArgumentException("A path has at least one segment.", nameof(segments));
        Segments = segments;
    }

    /// <summary>The names, outermost first.</summary>
    public EquatableList<string> Segments { get; }

    /// <summary>The number of segments.</summary>
    public int Length => Segments.Count;

    /// <summary>The path of the given names.</summary>
    /// <param name="segments">The names.</param>
    /// <returns>The path.</returns>
    public static OptionPath Of(params string[] segments) => new(segments.ToEquatableList());

    /// <summary>
    /// Parses dotted text: <c>a.b."c.d"</c>. Segments are identifiers or double-quoted strings (with <c>\"</c>
    /// and <c>\\</c> escapes).
    /// </summary>
    /// <param name="text">The path as Nix writes it.</param>
    /// <returns>The path.</returns>
    /// <exception cref="FormatException">The text is not a path.</exception>
    public static OptionPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<string>();
        int i = 0;
        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                var builder = new StringBuilder();
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    if (text[i] == '\\' && i + 1 < text.Length) i++;
                    builder.Append(text[i++]);
                }
                if (i >= text.Length) throw new FormatException($"Unclosed quote in the path '{text}'.");
                i++;
                segments.Add(builder.ToString());
            }
            else
            {
                int start = i;
                while (i < text.Length && text[i] != '.') i++;
                if (i == start) throw new FormatException($"Empty segment in the path '{text}'.");
                segments.Add(text[start..i]);
            }
            if (i == text.Length) break;
            if (text[i] != '.') throw new FormatException($"Expected '.' at {i} in the path '{text}'.");
            i++;
        }
        return new(segments.ToEquatableList());
    }

    /// <summary>This path followed by <paramref name="more"/>.</summary>
    /// <param name="more">Further segments.</param>
    /// <returns>The longer path.</returns>
    public OptionPath Append(params string[] more) => new(Segments.AddRange(more));

    /// <summary>This path followed by the segments of <paramref name="more"/>.</summary>
    /// <param name="more">A relative path.</param>
    /// <returns>The longer path.</returns>
    public OptionPath Append(OptionPath more) => new(Segments.AddRange(more.Segments));

    /// <summary>Whether this path starts with every segment of <paramref name="prefix"/> (or equals it).</summary>
    /// <param name="prefix">The candidate prefix.</param>
    /// <returns>Whether it is a prefix.</returns>
    public bool StartsWith(OptionPath prefix)
    {
        if (prefix.Length > Length) return false;
        for (int i = 0; i < prefix.Length; i++)
            if (!string.Equals(Segments[i], prefix.Segments[i], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>The segments after the first <paramref name="count"/>.</summary>
    /// <param name="count">How many to drop; less than <see cref="Length"/>.</param>
    /// <returns>The rest of the path.</returns>
    public OptionPath Skip(int count) => new(Segments.Skip(count).ToEquatableList());

    /// <summary>Whether a segment can be written bare (as an identifier that is not a keyword).</summary>
    /// <param name="segment">The name.</param>
    /// <returns>Whether it needs no quotes.</returns>
    public static bool IsIdentifier(string segment)
    {
        if (segment.Length == 0 || !(char.IsAsciiLetter(segment[0]) || segment[0] == '_')) return false;
        foreach (char c in segment)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '\'' or '-')) return false;
        return segment is not ("if" or "then" or "else" or "assert" or "with" or "let" or "in" or "rec" or "inherit" or "or");
    }

    /// <inheritdoc/>
    public int CompareTo(OptionPath? other) => other is null ? 1 : string.CompareOrdinal(ToString(), other.ToString());

    /// <inheritdoc/>
    public override string ToString() => string.Join('.', Segments.Select(s => IsIdentifier(s) ? s : Quote(s)));

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("${", "\\${") + "\"";
}

using System.Text;

namespace K3s.Modules.Values;

/// <summary>
/// An attribute path such as <c>services.k3s.enable</c> or <c>plugins."io.containerd.grpc.v1.cri".cni</c>:
/// a list of names. A name with a dot in it is one segment; it prints quoted. The reader starts from
/// <see cref="Empty"/> (the whole configuration); every option or binding has at least one segment.
/// </summary>
public sealed record OptionPath : IComparable<OptionPath>
{
    // The reader and the linter append and compare paths per definition: they work on the array, and the
    // list that Segments shows is made only when asked for.
    private readonly string[] _items;
    private EquatableList<string>? _segments;

    /// <summary>Creates a path from its segments.</summary>
    /// <param name="segments">The names, outermost first; none for <see cref="Empty"/>.</param>
    public OptionPath(EquatableList<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        _items = segments.Items;
        _segments = segments;
    }

    // Takes an array nobody else holds (no copy).
    private OptionPath(string[] items) => _items = items;

    /// <summary>The path of no segments: the root of a configuration.</summary>
    public static OptionPath Empty { get; } = new(EquatableList<string>.Empty);

    /// <summary>The names, outermost first.</summary>
    public EquatableList<string> Segments => _segments ??= new(_items);

    /// <summary>The segment at <paramref name="index"/>, without making <see cref="Segments"/>.</summary>
    /// <param name="index">From 0 (outermost) to <see cref="Length"/> - 1.</param>
    public string this[int index] => _items[index];

    /// <summary>The number of segments.</summary>
    public int Length => _items.Length;

    /// <summary>The last segment, or an empty string for <see cref="Empty"/>.</summary>
    public string Last => _items.Length == 0 ? string.Empty : _items[^1];

    /// <summary>The path of the given names.</summary>
    /// <param name="segments">The names.</param>
    /// <returns>The path.</returns>
    public static OptionPath Of(params string[] segments) => segments.Length == 0 ? Empty : new((string[])segments.Clone());

    /// <summary>
    /// Parses dotted text: <c>a.b."c.d"</c>. Segments are identifiers or double-quoted strings (with <c>\"</c>,
    /// <c>\\</c> and <c>\$</c> escapes); the empty text is <see cref="Empty"/>.
    /// </summary>
    /// <param name="text">The path as Nix writes it.</param>
    /// <returns>The path.</returns>
    /// <exception cref="FormatException">The text is not a path (an empty segment, an unclosed quote, text after a quote).</exception>
    public static OptionPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return Empty;
        var segments = new List<string>();
        int i = 0;
        while (true)
        {
            if (text[i] == '"')
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
                while (i < text.Length && text[i] != '.')
                {
                    // A quote inside a bare name would be read differently by Nix: refuse it.
                    if (text[i] == '"') throw new FormatException($"Unexpected '\"' at {i} in the path '{text}'.");
                    i++;
                }
                if (i == start) throw new FormatException($"Empty segment in the path '{text}'.");
                segments.Add(text[start..i]);
            }
            if (i == text.Length) break;
            if (text[i] != '.') throw new FormatException($"Expected '.' at {i} in the path '{text}'.");
            i++;
            if (i == text.Length) throw new FormatException($"Empty segment in the path '{text}'.");
        }
        return new(segments.ToArray());
    }

    /// <summary>Parses a dotted path (see <see cref="Parse"/>), so that callers can name options by text.</summary>
    /// <param name="dotted">The path as Nix writes it.</param>
    public static implicit operator OptionPath(string dotted) => Parse(dotted);

    /// <summary>This path followed by one more name.</summary>
    /// <param name="segment">The new last segment.</param>
    /// <returns>The longer path.</returns>
    public OptionPath Append(string segment)
    {
        var items = new string[_items.Length + 1];
        _items.CopyTo(items, 0);
        items[^1] = segment;
        return new(items);
    }

    /// <summary>This path followed by <paramref name="more"/>.</summary>
    /// <param name="more">Further segments.</param>
    /// <returns>The longer path.</returns>
    public OptionPath Append(params string[] more) => more.Length == 0 ? this : new(Concat(_items, more));

    /// <summary>This path followed by the segments of <paramref name="more"/>.</summary>
    /// <param name="more">A relative path.</param>
    /// <returns>The longer path.</returns>
    public OptionPath Append(OptionPath more) => more.Length == 0 ? this : Length == 0 ? more : new(Concat(_items, more._items));

    private static string[] Concat(string[] first, string[] second)
    {
        var items = new string[first.Length + second.Length];
        first.CopyTo(items, 0);
        second.CopyTo(items, first.Length);
        return items;
    }

    /// <summary>Whether this path starts with every segment of <paramref name="prefix"/> (or equals it).</summary>
    /// <param name="prefix">The candidate prefix.</param>
    /// <returns>Whether it is a prefix.</returns>
    public bool StartsWith(OptionPath prefix)
    {
        if (prefix._items.Length > _items.Length) return false;
        for (int i = 0; i < prefix._items.Length; i++)
            if (!string.Equals(_items[i], prefix._items[i], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Whether this path starts with the dotted <paramref name="prefix"/> (see <see cref="Parse"/>).</summary>
    /// <param name="prefix">The candidate prefix as text.</param>
    /// <returns>Whether it is a prefix.</returns>
    public bool StartsWith(string prefix) => StartsWith(Parse(prefix));

    /// <summary>The segments after the first <paramref name="count"/>.</summary>
    /// <param name="count">How many to drop; at most <see cref="Length"/>.</param>
    /// <returns>The rest of the path (<see cref="Empty"/> when all are dropped).</returns>
    public OptionPath Skip(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Length);
        if (count == 0) return this;
        return count == Length ? Empty : new(_items[count..]);
    }

    /// <summary>The first <paramref name="count"/> segments.</summary>
    /// <param name="count">How many to keep; at most <see cref="Length"/>.</param>
    /// <returns>The prefix (<see cref="Empty"/> for none).</returns>
    public OptionPath Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Length);
        if (count == Length) return this;
        return count == 0 ? Empty : new(_items[..count]);
    }

    /// <summary>The segments after <paramref name="prefix"/>.</summary>
    /// <param name="prefix">A prefix of this path.</param>
    /// <returns>The relative path (<see cref="Empty"/> when they are equal).</returns>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is not a prefix of this path.</exception>
    public OptionPath RelativeTo(OptionPath prefix)
    {
        if (!StartsWith(prefix)) throw new ArgumentException($"'{prefix}' is not a prefix of '{this}'.", nameof(prefix));
        return Skip(prefix.Length);
    }

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

    /// <summary>Whether both paths have the same segments (ordinal).</summary>
    /// <param name="other">Another path.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(OptionPath? other) =>
        ReferenceEquals(this, other) || (other is not null && _items.AsSpan().SequenceEqual(other._items));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        foreach (var s in _items) hash.Add(s, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public int CompareTo(OptionPath? other) => other is null ? 1 : string.CompareOrdinal(ToString(), other.ToString());

    /// <inheritdoc/>
    public override string ToString() => string.Join('.', _items.Select(s => IsIdentifier(s) ? s : Quote(s)));

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("${", "\\${") + "\"";
}

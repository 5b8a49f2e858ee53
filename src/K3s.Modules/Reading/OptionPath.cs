namespace K3s.Modules.Reading;

/// <summary>
/// The path of a NixOS option or of a leaf inside an attribute-set option, as a list of attribute names.
/// A quoted name containing dots (<c>"io.containerd.grpc.v1.cri"</c>) is one segment.
/// </summary>
public sealed class OptionPath : IEquatable<OptionPath>
{
    private readonly string[] _segments;

    /// <summary>Creates a path from its segments.</summary>
    public OptionPath(IEnumerable<string> segments) => _segments = segments.ToArray();

    // Takes an array nobody else holds (no copy).
    private OptionPath(string[] segments, bool owned) => _segments = segments;

    /// <summary>The empty path.</summary>
    public static OptionPath Empty { get; } = new(Array.Empty<string>());

    /// <summary>The attribute names, outermost first.</summary>
    public IReadOnlyList<string> Segments => _segments;

    /// <summary>The number of segments.</summary>
    public int Count => _segments.Length;

    /// <summary>The last segment, or an empty string for the empty path.</summary>
    public string Last => _segments.Length == 0 ? string.Empty : _segments[^1];

    /// <summary>
    /// Parses a dotted path; segments may be quoted (<c>boot.kernel.sysctl."net.ipv4.ip_forward"</c>).
    /// </summary>
    public static OptionPath Parse(string dotted)
    {
        var segments = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (var c in dotted)
        {
            if (c == '"') { quoted = !quoted; continue; }
            if (c == '.' && !quoted) { segments.Add(current.ToString()); current.Clear(); continue; }
            current.Append(c);
        }
        segments.Add(current.ToString());
        return new OptionPath(segments);
    }

    /// <summary>This path with <paramref name="segment"/> appended.</summary>
    public OptionPath Append(string segment)
    {
        var segments = new string[_segments.Length + 1];
        _segments.CopyTo(segments, 0);
        segments[^1] = segment;
        return new OptionPath(segments, owned: true);
    }

    /// <summary>This path with <paramref name="other"/>'s segments appended.</summary>
    public OptionPath Append(OptionPath other) => new([.. _segments, .. other._segments], owned: true);

    /// <summary>Whether this path begins with <paramref name="prefix"/> (a path is a prefix of itself).</summary>
    public bool StartsWith(OptionPath prefix)
    {
        if (prefix._segments.Length > _segments.Length) return false;
        for (int i = 0; i < prefix._segments.Length; i++)
            if (!string.Equals(_segments[i], prefix._segments[i], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Whether this path begins with the dotted <paramref name="prefix"/>.</summary>
    public bool StartsWith(string prefix) => StartsWith(Parse(prefix));

    /// <summary>The segments after <paramref name="prefix"/> (which must be a prefix).</summary>
    public OptionPath RelativeTo(OptionPath prefix) => new(_segments.Skip(prefix._segments.Length));

    /// <inheritdoc/>
    public bool Equals(OptionPath? other) => other is not null && _segments.AsSpan().SequenceEqual(other._segments);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OptionPath);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var s in _segments) hash.Add(s, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>The dotted form, quoting segments that are not plain identifiers.</summary>
    public override string ToString() => string.Join(".", _segments.Select(Quote));

    private static string Quote(string segment)
    {
        bool plain = segment.Length > 0 && (char.IsLetter(segment[0]) || segment[0] == '_')
            && segment.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '\'');
        return plain ? segment : "\"" + segment.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("${", "\\${") + "\"";
    }

    /// <summary>Implicit conversion from a dotted string.</summary>
    public static implicit operator OptionPath(string dotted) => Parse(dotted);
}

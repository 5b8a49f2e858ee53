namespace Nix.Syntax.Parsing;

/// <summary>
/// Interns token and trivia texts: an identifier or an indentation written a thousand times is one string,
/// and looking it up allocates nothing. A fixed-size table per thread, kept across parses, that forgets on
/// collision (Roslyn's StringTable works the same way), so it never grows.
/// </summary>
internal sealed class StringTable
{
    /// <summary>The longest text interned; longer ones (comments, string bodies) rarely repeat.</summary>
    public const int MaxLength = 64;
    private const int Size = 1 << 15;

    [ThreadStatic]
    private static string?[]? s_table;

    private readonly string?[] _table = s_table ??= new string?[Size];

    public string Intern(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return string.Empty;
        // Long texts (comments, string bodies) rarely repeat; interning them would only cost hashing.
        if (text.Length > MaxLength) return text.ToString();
        // Two entries per set, newest first: with one, two texts that share an entry and recur alternately
        // (two identifiers of a file) evict each other and are copied anew every time.
        int index = string.GetHashCode(text) & (Size - 2);
        var first = _table[index];
        if (first is not null && text.SequenceEqual(first)) return first;
        var second = _table[index + 1];
        if (second is not null && text.SequenceEqual(second)) return second;
        var created = text.ToString();
        _table[index + 1] = first;
        _table[index] = created;
        return created;
    }
}

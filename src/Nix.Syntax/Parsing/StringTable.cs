namespace Nix.Syntax.Parsing;

/// <summary>
/// Interns token and trivia texts while lexing one file: an identifier or an indentation written a thousand
/// times is one string, and looking it up allocates nothing.
/// </summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringTable() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Intern(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return string.Empty;
        // Long texts (comments, string bodies) rarely repeat; interning them only costs hashing.
        if (text.Length > 64) return text.ToString();
        if (_lookup.TryGetValue(text, out var existing)) return existing;
        var created = text.ToString();
        _strings[created] = created;
        return created;
    }
}

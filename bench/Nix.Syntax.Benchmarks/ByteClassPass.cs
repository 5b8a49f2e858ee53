namespace Nix.Syntax.Benchmarks;

/// <summary>
/// The trivial pass every benchmark is compared with: for each UTF-8 byte, one lookup in a 256-entry class
/// table and one increment of that class's counter. It has no data-dependent branch, so its speed hardly
/// depends on the text.
/// </summary>
public static class ByteClassPass
{
    /// <summary>
    /// The byte classes, roughly those a Nix lexer distinguishes: 0 other/non-ASCII, 1 whitespace, 2 line end,
    /// 3 letter or <c>_</c>, 4 digit, 5 quote, 6 punctuation, 7 operator start.
    /// </summary>
    private static readonly byte[] ClassTable = BuildClassTable();

    private const int ClassCount = 8;

    /// <summary>Runs the pass over <paramref name="utf8"/>.</summary>
    /// <param name="utf8">The input bytes.</param>
    /// <returns>A checksum of the per-class counts, so the loop cannot be removed.</returns>
    public static long Run(byte[] utf8)
    {
        var table = ClassTable;
        Span<int> counts = stackalloc int[ClassCount];
        foreach (var b in utf8)
        {
            counts[table[b]]++;
        }

        long result = 0;
        foreach (var count in counts)
        {
            result = (result * 1_000_003) + count;
        }

        return result;
    }

    private static byte[] BuildClassTable()
    {
        var table = new byte[256];
        table[' '] = table['\t'] = 1;
        table['\n'] = table['\r'] = 2;
        for (var c = 'a'; c <= 'z'; c++) table[c] = 3;
        for (var c = 'A'; c <= 'Z'; c++) table[c] = 3;
        table['_'] = 3;
        for (var c = '0'; c <= '9'; c++) table[c] = 4;
        table['"'] = table['\''] = 5;
        foreach (var c in "{}[]();:,.@?") table[c] = 6;
        foreach (var c in "=!<>&|+-*/$#~") table[c] = 7;
        return table;
    }
}

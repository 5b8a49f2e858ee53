namespace K3s.Modules.Editing;

/// <summary>
/// The smallest edit turning one list into another as a longest common subsequence: which old elements stay,
/// and where each new element goes (after which old element).
/// </summary>
internal sealed class ListDiff
{
    private ListDiff(bool[] kept, List<(int After, int NewIndex)> insertions)
    {
        Kept = kept;
        Insertions = insertions;
    }

    /// <summary>For each old element, whether it stays.</summary>
    public bool[] Kept { get; }

    /// <summary>New elements in order, each placed after the old element <c>After</c> (-1: before the first).</summary>
    public List<(int After, int NewIndex)> Insertions { get; }

    /// <summary>Whether the lists differ at all.</summary>
    public bool IsEmpty => Insertions.Count == 0 && Array.TrueForAll(Kept, k => k);

    public static ListDiff Compute<T>(IReadOnlyList<T> old, IReadOnlyList<T> @new)
    {
        var eq = EqualityComparer<T>.Default;
        int prefix = 0;
        while (prefix < old.Count && prefix < @new.Count && eq.Equals(old[prefix], @new[prefix])) prefix++;
        int suffix = 0;
        while (suffix < old.Count - prefix && suffix < @new.Count - prefix && eq.Equals(old[^(suffix + 1)], @new[^(suffix + 1)])) suffix++;
        int n = old.Count - prefix - suffix, m = @new.Count - prefix - suffix;
        // lcs[i, j]: the common subsequence length of old[prefix+i..] and new[prefix+j..] (middle parts only).
        var lcs = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                lcs[i, j] = eq.Equals(old[prefix + i], @new[prefix + j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var kept = new bool[old.Count];
        for (int k = 0; k < prefix; k++) kept[k] = true;
        for (int k = old.Count - suffix; k < old.Count; k++) kept[k] = true;
        var insertions = new List<(int, int)>();
        int a = 0, b = 0, lastOld = prefix - 1;
        while (a < n || b < m)
        {
            if (a < n && b < m && eq.Equals(old[prefix + a], @new[prefix + b]) && lcs[a, b] == lcs[a + 1, b + 1] + 1)
            {
                kept[prefix + a] = true;
                lastOld = prefix + a;
                a++;
                b++;
            }
            else if (a < n && (b == m || lcs[a + 1, b] >= lcs[a, b + 1]))
            {
                lastOld = prefix + a;
                a++;
            }
            else
            {
                insertions.Add((lastOld, prefix + b));
                b++;
            }
        }
        return new ListDiff(kept, insertions);
    }
}

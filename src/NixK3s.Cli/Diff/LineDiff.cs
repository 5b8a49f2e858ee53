namespace NixK3s.Cli.Diff;

/// <summary>One step of an edit script between two line lists.</summary>
internal enum LineEditKind
{
    /// <summary>The line is in both.</summary>
    Equal,

    /// <summary>The line is only in the old list.</summary>
    Delete,

    /// <summary>The line is only in the new list.</summary>
    Insert,
}

/// <summary>One step of an edit script: its kind and the line's index in the old and new lists (-1 where absent).</summary>
internal readonly record struct LineEdit(LineEditKind Kind, int OldIndex, int NewIndex);

/// <summary>
/// A shortest edit script between two line lists, by Myers' O(ND) algorithm. The common prefix and suffix are
/// taken off first, so the cost depends on the changed region, which for a fix is a few lines.
/// </summary>
internal static class LineDiff
{
    /// <summary>The edit script turning <paramref name="oldLines"/> into <paramref name="newLines"/>.</summary>
    public static IReadOnlyList<LineEdit> Compute(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        int prefix = 0;
        while (prefix < oldLines.Count && prefix < newLines.Count && oldLines[prefix] == newLines[prefix]) prefix++;
        int suffix = 0;
        while (suffix < oldLines.Count - prefix && suffix < newLines.Count - prefix
               && oldLines[oldLines.Count - 1 - suffix] == newLines[newLines.Count - 1 - suffix]) suffix++;

        var edits = new List<LineEdit>();
        for (int i = 0; i < prefix; i++) edits.Add(new LineEdit(LineEditKind.Equal, i, i));
        Middle(oldLines, newLines, prefix, oldLines.Count - suffix, prefix, newLines.Count - suffix, edits);
        for (int i = suffix; i > 0; i--) edits.Add(new LineEdit(LineEditKind.Equal, oldLines.Count - i, newLines.Count - i));
        return edits;
    }

    private static void Middle(IReadOnlyList<string> a, IReadOnlyList<string> b, int aStart, int aEnd, int bStart, int bEnd, List<LineEdit> edits)
    {
        int n = aEnd - aStart, m = bEnd - bStart, max = n + m;
        if (max == 0) return;
        // v[k + max] is the furthest x reached on diagonal k; trace keeps v before each round d, for the walk back.
        var v = new int[2 * max + 2];
        var trace = new List<int[]>();
        int finalD = -1;
        for (int d = 0; d <= max && finalD < 0; d++)
        {
            trace.Add((int[])v.Clone());
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max]) ? v[k + 1 + max] : v[k - 1 + max] + 1;
                int y = x - k;
                while (x < n && y < m && a[aStart + x] == b[bStart + y])
                {
                    x++;
                    y++;
                }
                v[k + max] = x;
                if (x >= n && y >= m)
                {
                    finalD = d;
                    break;
                }
            }
        }

        // Walk back from (n, m) to (0, 0), collecting the steps in reverse.
        var reversed = new List<LineEdit>();
        int cx = n, cy = m;
        for (int d = finalD; d > 0; d--)
        {
            var previous = trace[d];
            int k = cx - cy;
            int prevK = k == -d || (k != d && previous[k - 1 + max] < previous[k + 1 + max]) ? k + 1 : k - 1;
            int prevX = previous[prevK + max];
            int prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                cx--;
                cy--;
                reversed.Add(new LineEdit(LineEditKind.Equal, aStart + cx, bStart + cy));
            }
            if (cx == prevX)
            {
                cy--;
                reversed.Add(new LineEdit(LineEditKind.Insert, -1, bStart + cy));
            }
            else
            {
                cx--;
                reversed.Add(new LineEdit(LineEditKind.Delete, aStart + cx, -1));
            }
        }
        while (cx > 0 && cy > 0)
        {
            cx--;
            cy--;
            reversed.Add(new LineEdit(LineEditKind.Equal, aStart + cx, bStart + cy));
        }
        reversed.Reverse();
        edits.AddRange(reversed);
    }
}

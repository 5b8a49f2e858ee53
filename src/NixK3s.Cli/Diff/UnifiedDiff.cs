using System.Text;

namespace NixK3s.Cli.Diff;

/// <summary>
/// Unified diffs (<c>diff -u</c>, <c>git diff</c>): <c>---</c>/<c>+++</c> headers, <c>@@ -l,s +l,s @@</c> hunks with
/// context lines, and <c>\ No newline at end of file</c> where a last line has no line break, so <c>patch</c> and
/// <c>git apply</c> accept the output.
/// </summary>
internal static class UnifiedDiff
{
    /// <summary>The diff from <paramref name="oldText"/> to <paramref name="newText"/>, or "" when they are equal.</summary>
    public static string Create(string oldText, string newText, string oldLabel, string newLabel, int context = 3)
    {
        if (oldText == newText) return "";
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var edits = LineDiff.Compute(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldLabel).Append('\n');
        output.Append("+++ ").Append(newLabel).Append('\n');

        int i = 0;
        while (i < edits.Count)
        {
            // Find the next change, then extend the hunk while changes are within 2 * context lines of each other.
            while (i < edits.Count && edits[i].Kind == LineEditKind.Equal) i++;
            if (i == edits.Count) break;
            int start = Math.Max(0, i - context);
            while (start > 0 && edits[start].Kind != LineEditKind.Equal) start--;
            int end = i;
            int lastChange = i;
            while (end < edits.Count)
            {
                if (edits[end].Kind != LineEditKind.Equal) lastChange = end;
                else if (end - lastChange > 2 * context) break;
                end++;
            }
            end = Math.Min(edits.Count, lastChange + context + 1);
            WriteHunk(output, edits, start, end, a, b);
            i = end;
        }
        return output.ToString();
    }

    private static void WriteHunk(StringBuilder output, IReadOnlyList<LineEdit> edits, int start, int end, IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        int oldCount = 0, newCount = 0, oldFirst = -1, newFirst = -1;
        for (int j = start; j < end; j++)
        {
            var e = edits[j];
            if (e.Kind != LineEditKind.Insert)
            {
                oldCount++;
                if (oldFirst < 0) oldFirst = e.OldIndex;
            }
            if (e.Kind != LineEditKind.Delete)
            {
                newCount++;
                if (newFirst < 0) newFirst = e.NewIndex;
            }
        }
        // An empty side is written as the line before it, with count 0, as diff does.
        int oldStart = oldCount == 0 ? LineBefore(edits, start, old: true) : oldFirst + 1;
        int newStart = newCount == 0 ? LineBefore(edits, start, old: false) : newFirst + 1;
        output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        for (int j = start; j < end; j++)
        {
            var e = edits[j];
            var (prefix, line) = e.Kind switch
            {
                LineEditKind.Equal => (' ', a[e.OldIndex]),
                LineEditKind.Delete => ('-', a[e.OldIndex]),
                _ => ('+', b[e.NewIndex]),
            };
            output.Append(prefix).Append(line);
            if (!line.EndsWith('\n')) output.Append("\n\\ No newline at end of file\n");
        }
    }

    private static int LineBefore(IReadOnlyList<LineEdit> edits, int start, bool old)
    {
        for (int j = start - 1; j >= 0; j--)
        {
            var index = old ? edits[j].OldIndex : edits[j].NewIndex;
            if (index >= 0) return index + 1;
        }
        return 0;
    }

    private static string Range(int start, int count) => count == 1 ? $"{start}" : $"{start},{count}";

    /// <summary>Splits text into lines that keep their line break (the last may have none).</summary>
    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int begin = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(text.Substring(begin, i + 1 - begin));
            begin = i + 1;
        }
        if (begin < text.Length) lines.Add(text[begin..]);
        return lines;
    }
}

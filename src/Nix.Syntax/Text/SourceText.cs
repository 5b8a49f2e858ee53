namespace Nix.Syntax.Text;

/// <summary>
/// The text of a source file with a map from offsets to lines. Line breaks are <c>\n</c>, <c>\r\n</c> and a lone
/// <c>\r</c>; offsets and columns count UTF-16 code units.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    /// <summary>Wraps <paramref name="text"/>.</summary>
    public SourceText(string text) => Text = text ?? throw new ArgumentNullException(nameof(text));

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The length in UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>The number of lines (a text with no line break has one).</summary>
    public int LineCount => LineStarts.Length;

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    /// <summary>The zero-based line and character of <paramref name="position"/>.</summary>
    public LinePosition GetLinePosition(int position)
    {
        position = Math.Clamp(position, 0, Text.Length);
        var starts = LineStarts;
        int line = Array.BinarySearch(starts, position);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line, position - starts[line]);
    }

    /// <summary>The line positions of both ends of <paramref name="span"/>.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) => new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The offset where zero-based <paramref name="line"/> starts.</summary>
    public int GetLineStart(int line) => LineStarts[line];

    /// <summary>The text of <paramref name="span"/>.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}

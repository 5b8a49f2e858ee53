using Nix.Syntax.Text;

namespace NixK3s.Cli.Lint;

/// <summary>
/// Where a finding is: the file, 1-based start line and column, end line and column (the column just after the last
/// character, as SARIF counts), and the character offset and length of the span. Columns count UTF-16 code units.
/// </summary>
internal sealed record SourceRegion(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn, int Offset, int Length)
{
    /// <summary>The region of <paramref name="length"/> characters at <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static SourceRegion FromSpan(string path, SourceText text, int offset, int length)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - offset);
        var start = text.GetLinePosition(offset);
        var end = text.GetLinePosition(offset + length);
        return new SourceRegion(path, start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1, offset, length);
    }
}

namespace Nix.Syntax.Text;

/// <summary>A position as a zero-based line and a zero-based character (UTF-16 unit) within that line.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    /// <inheritdoc/>
    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    /// <summary>The position as people write it: one-based <c>line:column</c>.</summary>
    public override string ToString() => $"{Line + 1}:{Character + 1}";
}

/// <summary>A span of text given as zero-based start and end line positions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    /// <inheritdoc/>
    public override string ToString() => $"({Start})-({End})";
}

/// <summary>A span of lines in a named file.</summary>
/// <param name="Path">The file's path, or null when the text has none.</param>
/// <param name="Span">The start and end positions (zero-based).</param>
public readonly record struct FileLinePositionSpan(string? Path, LinePositionSpan Span)
{
    /// <summary>The zero-based start position.</summary>
    public LinePosition StartLinePosition => Span.Start;

    /// <summary>The zero-based end position.</summary>
    public LinePosition EndLinePosition => Span.End;
}

namespace Nix.Syntax.Text;

/// <summary>A range of text: a start offset and a length, in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>The offset just past the end of the span.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span has no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates the span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="position"/> is inside the span (the end excluded).</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>Whether <paramref name="span"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>Whether the two spans share at least one character.</summary>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <inheritdoc/>
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}

namespace Nix.Syntax.Formatting.Layout;

/// <summary>
/// One element of a layout document: text, spacing or group, plus the building nodes (sequence and nest) that
/// <see cref="DocResolver"/> removes before layout.
/// </summary>
internal abstract class DocElement
{
}

/// <summary>A piece of text at a nesting level, with an extra fixed offset (for indented-string lines).</summary>
internal sealed class DocText(int level, int offset, TextKind kind, string text) : DocElement
{
    public int Level { get; } = level;
    public int Offset { get; } = offset;
    public TextKind Kind { get; } = kind;
    public string Text { get; } = text;

    public DocText WithText(string text) => new(Level, Offset, Kind, text);
    public DocText Shifted(int levels, int offset) => new(Level + levels, Offset + offset, Kind, Text);
}

/// <summary>White space; <see cref="Count"/> is the number of line breaks of <see cref="Spacing.Newlines"/>.</summary>
internal sealed class DocSpacing : DocElement
{
    private static readonly DocSpacing[] Simple = Enum.GetValues<Spacing>().Select(s => new DocSpacing(s, 0)).ToArray();

    private DocSpacing(Spacing kind, int count)
    {
        Kind = kind;
        Count = count;
    }

    public Spacing Kind { get; }
    public int Count { get; }

    public static DocSpacing Of(Spacing kind) => Simple[(int)kind];
    public static DocSpacing Lines(int count) => new(Spacing.Newlines, count);

    public bool IsSoft => Kind is Spacing.Softbreak or Spacing.Break or Spacing.Softspace or Spacing.Space;
    public bool IsHard => !IsSoft;

    /// <summary>Two spacings in a row become one: the stronger, with a few combinations of their own.</summary>
    public static DocSpacing Merge(DocSpacing a, DocSpacing b)
    {
        if (Compare(a, b) > 0) (a, b) = (b, a);
        return (a.Kind, b.Kind) switch
        {
            (Spacing.Break, Spacing.Softspace) => Of(Spacing.Space),
            (Spacing.Break, Spacing.Hardspace) => Of(Spacing.Space),
            (Spacing.Softbreak, Spacing.Hardspace) => Of(Spacing.Softspace),
            (Spacing.Newlines, Spacing.Newlines) => Lines(a.Count + b.Count),
            (Spacing.Emptyline, Spacing.Newlines) => Lines(b.Count + 2),
            (Spacing.Hardspace, Spacing.Newlines) => b,
            (_, Spacing.Newlines) => Lines(b.Count + 1),
            _ => b,
        };
    }

    private static int Compare(DocSpacing a, DocSpacing b) =>
        a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.Count.CompareTo(b.Count);
}

/// <summary>A group: laid out on one line if it fits, else expanded (see <see cref="GroupKind"/>).</summary>
internal sealed class DocGroup(GroupKind kind, List<DocElement> items) : DocElement
{
    public GroupKind Kind { get; } = kind;
    public List<DocElement> Items { get; } = items;
}

/// <summary>A building node: its parts in order, flattened away by the resolver.</summary>
internal sealed class DocSequence(DocElement[] parts) : DocElement
{
    public DocElement[] Parts { get; } = parts;
}

/// <summary>A building node: its content one nesting level deeper, or shifted by a fixed offset.</summary>
internal sealed class DocNest(int levels, int offset, DocElement content) : DocElement
{
    public int Levels { get; } = levels;
    public int Offset { get; } = offset;
    public DocElement Content { get; } = content;
}

/// <summary>A building node: a group before resolution, whose content is still a tree of building nodes.</summary>
internal sealed class DocGroupBuilder(GroupKind kind, DocElement content) : DocElement
{
    public GroupKind Kind { get; } = kind;
    public DocElement Content { get; } = content;
}

namespace Nix.Syntax.Formatting.Layout;

/// <summary>
/// A layout document under construction: an immutable tree of texts, spacings, groups and nests, joined with
/// <c>+</c> in constant time. <see cref="DocResolver"/> turns it into the flat form the layout engine reads.
/// </summary>
internal readonly struct Doc
{
    private Doc(DocElement? element) => Element = element;

    /// <summary>The root element, or null for the empty document.</summary>
    public DocElement? Element { get; }

    public bool IsEmpty => Element is null;

    public static readonly Doc Empty = default;
    public static readonly Doc Softbreak = Spacing(Layout.Spacing.Softbreak);
    public static readonly Doc Break = Spacing(Layout.Spacing.Break);
    public static readonly Doc Softspace = Spacing(Layout.Spacing.Softspace);
    public static readonly Doc Space = Spacing(Layout.Spacing.Space);
    public static readonly Doc Hardspace = Spacing(Layout.Spacing.Hardspace);
    public static readonly Doc Hardline = Spacing(Layout.Spacing.Hardline);
    public static readonly Doc Emptyline = Spacing(Layout.Spacing.Emptyline);
    public static readonly Doc Newline = new(DocSpacing.Lines(1));

    public static Doc Of(DocElement element) => new(element);

    public static Doc Spacing(Spacing kind) => new(DocSpacing.Of(kind));

    public static Doc Literal(string text) => text.Length == 0 ? Empty : new(new DocText(0, 0, TextKind.Regular, text));

    public static Doc Comment(string text) => text.Length == 0 ? Empty : new(new DocText(0, 0, TextKind.Comment, text));

    public static Doc TrailingComment(string text) =>
        text.Length == 0 ? Empty : new(new DocText(0, 0, TextKind.TrailingComment, text));

    public static Doc Raw(TextKind kind, string text) => new(new DocText(0, 0, kind, text));

    public static Doc Trailing(string text) => text.Length == 0 ? Empty : new(new DocText(0, 0, TextKind.Trailing, text));

    public static Doc Group(Doc content, GroupKind kind = GroupKind.Regular) =>
        new(new DocGroupBuilder(kind, content.Element ?? new DocSequence([])));

    public static Doc Nest(Doc content) => content.IsEmpty ? Empty : new(new DocNest(1, 0, content.Element!));

    public static Doc Offset(int offset, Doc content) =>
        content.IsEmpty || offset == 0 ? content : new(new DocNest(0, offset, content.Element!));

    public static Doc operator +(Doc left, Doc right) =>
        left.IsEmpty ? right : right.IsEmpty ? left : new(new DocSequence([left.Element!, right.Element!]));

    public static Doc Concat(IEnumerable<Doc> docs)
    {
        var parts = docs.Where(d => !d.IsEmpty).Select(d => d.Element!).ToArray();
        return parts.Length switch { 0 => Empty, 1 => new(parts[0]), _ => new(new DocSequence(parts)) };
    }

    public static Doc SeparatedBy(Doc separator, IEnumerable<Doc> docs)
    {
        var parts = new List<Doc>();
        foreach (var doc in docs)
        {
            if (parts.Count > 0) parts.Add(separator);
            parts.Add(doc);
        }
        return Concat(parts);
    }

    public static Doc Surround(Doc outside, Doc inner) => outside + inner + outside;
}

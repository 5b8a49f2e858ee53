namespace Nix.Syntax.Formatting.Layout;

/// <summary>
/// Turns a built <see cref="Doc"/> into the flat form the layout engine reads: nests pushed into the texts,
/// sequences spliced, then the clean-up of <see cref="Fixup"/>.
/// </summary>
internal static class DocResolver
{
    /// <summary>Resolves a document: only <see cref="DocText"/>, <see cref="DocSpacing"/> and <see cref="DocGroup"/> remain.</summary>
    public static List<DocElement> Resolve(Doc doc)
    {
        var output = new List<DocElement>();
        if (!doc.IsEmpty) Flatten(doc.Element!, 0, 0, output);
        return output;
    }

    private static void Flatten(DocElement element, int levels, int offset, List<DocElement> output)
    {
        switch (element)
        {
            case DocText text:
                output.Add(levels == 0 && offset == 0 ? text : text.Shifted(levels, offset));
                break;
            case DocSpacing:
                output.Add(element);
                break;
            case DocSequence sequence:
                foreach (var part in sequence.Parts) Flatten(part, levels, offset, output);
                break;
            case DocNest nest:
                Flatten(nest.Content, levels + nest.Levels, offset + nest.Offset, output);
                break;
            case DocGroupBuilder builder:
            {
                var items = new List<DocElement>();
                Flatten(builder.Content, levels, offset, items);
                output.Add(new DocGroup(builder.Kind, items));
                break;
            }
            case DocGroup group:
            {
                var items = new List<DocElement>();
                foreach (var item in group.Items) Flatten(item, levels, offset, items);
                output.Add(new DocGroup(group.Kind, items));
                break;
            }
        }
    }

    public static bool IsVerbatim(DocElement element) => element is DocText { Kind: TextKind.Verbatim or TextKind.VerbatimToEnd };

    /// <summary>Whether the text can never share a line with what surrounds it (a region left as written).</summary>
    public static bool IsRaw(DocElement element) => element is DocText { Kind: TextKind.DisableMarker } || IsVerbatim(element);

    /// <summary>
    /// A disable marker with no region text after it (possible only in a piece of a file) disables nothing:
    /// it becomes the comment it was written as.
    /// </summary>
    public static List<DocElement> RemoveUnclosedMarkers(List<DocElement> items)
    {
        int verbatims = CountVerbatims(items);
        return Walk(items);

        List<DocElement> Walk(List<DocElement> list)
        {
            var result = new List<DocElement>(list.Count);
            foreach (var x in list)
            {
                switch (x)
                {
                    case DocText { Kind: TextKind.DisableMarker } marker when verbatims == 0:
                        result.Add(new DocText(marker.Level, marker.Offset, TextKind.Comment, "/*nixfmt:disable*/"));
                        result.Add(DocSpacing.Of(Spacing.Hardline));
                        break;
                    case DocText t when IsVerbatim(t):
                        verbatims--;
                        result.Add(t);
                        break;
                    case DocGroup g:
                        result.Add(new DocGroup(g.Kind, Walk(g.Items)));
                        break;
                    default:
                        result.Add(x);
                        break;
                }
            }
            return result;
        }
    }

    private static int CountVerbatims(List<DocElement> items) =>
        items.Sum(x => x switch { DocGroup g => CountVerbatims(g.Items), _ when IsVerbatim(x) => 1, _ => 0 });

    public static bool IsComment(DocElement element) => element switch
    {
        DocText { Kind: TextKind.Comment or TextKind.TrailingComment } => true,
        DocGroup group => group.Items.All(e => IsComment(e) || e is DocSpacing { IsHard: true }),
        _ => false,
    };

    /// <summary>
    /// Merges spacings in a row and texts in a row, moves hard spacing and comments out of the edges of groups
    /// (so a comment's line break does not expand its group), drops empty groups and unwraps a group that only
    /// holds a group of the same kind.
    /// </summary>
    public static List<DocElement> Fixup(List<DocElement> items)
    {
        var output = new List<DocElement>();
        var input = new Stack<DocElement>();
        for (int i = items.Count - 1; i >= 0; i--) input.Push(items[i]);
        while (input.Count > 0)
        {
            var x = input.Pop();
            input.TryPeek(out var next);
            switch (x)
            {
                case DocSpacing a when next is DocSpacing b:
                    input.Pop();
                    input.Push(DocSpacing.Merge(a, b));
                    break;
                case DocText a when next is DocText b && a.Kind == b.Kind:
                    input.Pop();
                    input.Push(a.WithText(a.Text + b.Text));
                    break;
                case DocSpacing { Kind: Spacing.Hardspace } hard when next is DocGroup g:
                    input.Pop();
                    var moved = new List<DocElement>(g.Items.Count + 1) { hard };
                    moved.AddRange(g.Items);
                    input.Push(new DocGroup(g.Kind, moved));
                    break;
                case DocSpacing a when next is DocGroup g:
                {
                    input.Pop();
                    var (pre, body, post) = Split(g);
                    if (body.Count == 0)
                    {
                        PushAll(input, post);
                        PushAll(input, pre);
                        input.Push(a);
                    }
                    else
                    {
                        var head = new List<DocElement>(pre.Count + 1) { a };
                        head.AddRange(pre);
                        output.AddRange(Fixup(head));
                        output.Add(new DocGroup(g.Kind, body));
                        PushAll(input, post);
                    }
                    break;
                }
                case DocGroup g:
                {
                    var (pre, body, post) = Split(g);
                    if (body.Count == 0)
                    {
                        PushAll(input, post);
                        PushAll(input, pre);
                    }
                    else
                    {
                        output.AddRange(Fixup(pre));
                        output.Add(new DocGroup(g.Kind, body));
                        PushAll(input, post);
                    }
                    break;
                }
                default:
                    output.Add(x);
                    break;
            }
        }
        return output;
    }

    private static void PushAll(Stack<DocElement> input, List<DocElement> items)
    {
        for (int i = items.Count - 1; i >= 0; i--) input.Push(items[i]);
    }

    private static (List<DocElement> Pre, List<DocElement> Body, List<DocElement> Post) Split(DocGroup group)
    {
        var inner = Fixup(group.Items);
        int start = 0;
        while (start < inner.Count && (inner[start] is DocSpacing { IsHard: true } || IsComment(inner[start]) || IsVerbatim(inner[start]))) start++;
        int end = inner.Count;
        while (end > start && inner[end - 1] is DocSpacing { IsHard: true }) end--;
        var pre = inner.GetRange(0, start);
        var body = inner.GetRange(start, end - start);
        var post = inner.GetRange(end, inner.Count - end);
        if (body.Count == 1 && body[0] is DocGroup only && only.Kind == group.Kind) body = only.Items;
        return (pre, body, post);
    }

    /// <summary>
    /// The one-line form of a document (soft spacing as a space or nothing, groups dissolved), or null when it
    /// holds a hard line break or is wider than <paramref name="limit"/> (when given).
    /// </summary>
    public static List<DocElement>? Unexpand(List<DocElement> items, int? limit)
    {
        var output = new List<DocElement>();
        var stack = new Stack<(List<DocElement>, int)>();
        stack.Push((items, 0));
        int? left = limit;
        while (stack.Count > 0)
        {
            var (list, index) = stack.Pop();
            if (index >= list.Count) continue;
            stack.Push((list, index + 1));
            var x = list[index];
            if (left is < 0) return null;
            switch (x)
            {
                case DocText text when IsRaw(text):
                    return null;
                case DocText text:
                    output.Add(text);
                    if (left is not null) left -= text.Text.Length;
                    break;
                case DocSpacing { Kind: Spacing.Hardspace or Spacing.Space or Spacing.Softspace }:
                    output.Add(DocSpacing.Of(Spacing.Hardspace));
                    if (left is not null) left -= 1;
                    break;
                case DocSpacing { Kind: Spacing.Break or Spacing.Softbreak }:
                    break;
                case DocSpacing:
                    return null;
                case DocGroup group:
                    stack.Push((group.Items, 0));
                    break;
            }
        }
        return left is < 0 ? null : output;
    }

    /// <summary>A group's one-line form without recursion into inner groups (the post part of a priority layout).</summary>
    public static List<DocElement> UnexpandShallow(List<DocElement> items)
    {
        var output = new List<DocElement>(items.Count);
        foreach (var x in items)
        {
            switch (x)
            {
                case DocSpacing { Kind: Spacing.Space or Spacing.Softspace }:
                    output.Add(DocSpacing.Of(Spacing.Hardspace));
                    break;
                case DocSpacing { Kind: Spacing.Break or Spacing.Softbreak }:
                    break;
                default:
                    output.Add(x);
                    break;
            }
        }
        return output;
    }
}

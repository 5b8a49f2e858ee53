using System.Text;

namespace Nix.Syntax.Formatting.Layout;

/// <summary>
/// The greedy layout engine: every group goes on one line when it (and what must follow it on that line) fits,
/// else its priority children are tried expanded one at a time (last first), else it is expanded. Indentation
/// grows by at most one step per line however many nesting levels open on it.
/// </summary>
internal sealed class DocLayout
{
    private readonly int _width;
    private readonly int _indentWidth;
    private readonly StringBuilder _output = new();
    private int _column;
    private bool _suppress;
    private Indent _indents = new(0, 0, null);

    private sealed record Indent(int Columns, int Level, Indent? Next);

    private DocLayout(int width, int indentWidth)
    {
        _width = width;
        _indentWidth = indentWidth;
    }

    /// <summary>Lays out a resolved document and returns the text, trimmed, with one final line break.</summary>
    public static string Render(List<DocElement> document, int width, int indentWidth)
    {
        var layout = new DocLayout(width, indentWidth);
        layout.Go([new DocGroup(GroupKind.Regular, document)], null);
        // A region left open to the end of the file keeps the file's end exactly as written.
        if (EndsWithRegionToEnd(document)) return layout._output.ToString().TrimStart();
        return layout._output.ToString().Trim() + "\n";
    }

    private static bool EndsWithRegionToEnd(List<DocElement> items)
    {
        for (int i = items.Count - 1; i >= 0; i--)
        {
            switch (items[i])
            {
                case DocSpacing:
                    continue;
                case DocText { Kind: TextKind.VerbatimToEnd }:
                    return true;
                case DocGroup g:
                    return EndsWithRegionToEnd(g.Items);
                default:
                    return false;
            }
        }
        return false;
    }

    private void Emit(string text)
    {
        if (!_suppress) _output.Append(text);
    }

    private void Go(List<DocElement> items, DocCursor? rest)
    {
        for (int i = 0; i < items.Count; i++) GoOne(items[i], DocCursor.At(items, i + 1, rest));
    }

    private void GoOne(DocElement x, DocCursor? rest)
    {
        switch (x)
        {
            // A trailing comment right after an opening bracket whose content is indented further would be
            // read back as the first item's comment; one extra space keeps it where it is.
            case DocText { Kind: TextKind.TrailingComment } text
                when _column == 2 && NextIndent(rest).Level > _indents.Level:
                PutPlain(" " + text.Text);
                break;
            case DocText { Kind: TextKind.DisableMarker }:
                _suppress = true;
                break;
            case DocText text when DocResolver.IsVerbatim(text):
            {
                // Output was suppressed since the region's start, which begins a line: print the raw text there.
                bool lineStart = _column == 0 || _suppress;
                _suppress = false;
                if (!lineStart) _output.Append('\n');
                _output.Append(text.Text);
                int lastBreak = text.Text.LastIndexOf('\n');
                _column = text.Text.Length - (lastBreak + 1);
                break;
            }
            case DocText text:
                PutText(text.Level, text.Offset, text.Text);
                break;
            case DocSpacing spacing:
                if (_column == 0) break;
                switch (spacing.Kind)
                {
                    case Spacing.Break or Spacing.Space or Spacing.Hardline:
                        NewLines(1);
                        break;
                    case Spacing.Hardspace:
                        PutPlain(" ");
                        break;
                    case Spacing.Emptyline:
                        NewLines(2);
                        break;
                    case Spacing.Newlines:
                        NewLines(spacing.Count);
                        break;
                    case Spacing.Softbreak:
                        if (!FirstLineFits(_width - _column, _width, rest)) NewLines(1);
                        break;
                    case Spacing.Softspace:
                        if (FirstLineFits(_width - _column - 1, _width, rest)) PutPlain(" ");
                        else NewLines(1);
                        break;
                }
                break;
            case DocGroup group:
                if (TryGroup(group.Items, rest)) break;
                if (group.Kind != GroupKind.Transparent)
                {
                    var candidates = PriorityGroups(group.Items);
                    for (int i = candidates.Count - 1; i >= 0; i--)
                        if (TryPriorityGroup(candidates[i], rest)) return;
                }
                Go(group.Items, rest);
                break;
        }
    }

    private void NewLines(int count)
    {
        _column = 0;
        if (!_suppress) _output.Append('\n', count);
    }

    private void PutPlain(string text)
    {
        _column += text.Length;
        Emit(text);
    }

    private void PutText(int level, int offset, string text)
    {
        while (true)
        {
            if (level > _indents.Level)
            {
                _indents = new Indent(_column == 0 ? _indents.Columns + _indentWidth : _indents.Columns, level, _indents);
                break;
            }
            if (level < _indents.Level && _indents.Next is not null)
            {
                _indents = _indents.Next;
                continue;
            }
            break;
        }
        if (_column == 0 && !_suppress) _output.Append(' ', Math.Max(0, _indents.Columns + offset));
        _column += text.Length;
        Emit(text);
    }

    private bool TryPriorityGroup((List<DocElement> Pre, List<DocElement> Prio, List<DocElement> Post) candidate, DocCursor? rest)
    {
        var (column, suppress, indents, length) = (_column, _suppress, _indents, _output.Length);
        if (TryGroup(candidate.Pre, DocCursor.Before(candidate.Prio, DocCursor.Before(candidate.Post, rest))))
        {
            Go(candidate.Prio, DocCursor.Before(DocResolver.UnexpandShallow(candidate.Post), rest));
            if (TryGroup(candidate.Post, rest)) return true;
        }
        (_column, _suppress, _indents) = (column, suppress, indents);
        _output.Length = length;
        return false;
    }

    /// <summary>Puts a group on the current line if it fits with what must follow it; false (nothing printed) if not.</summary>
    private bool TryGroup(List<DocElement> group, DocCursor? rest)
    {
        if (group.Count == 0) return true;
        if (_column == 0)
        {
            var items = group;
            if (group[0] is DocSpacing) items = group.GetRange(1, group.Count - 1);
            else if (group[0] is DocGroup { Items: [DocSpacing, ..] } first)
            {
                items = [new DocGroup(first.Kind, first.Items.GetRange(1, first.Items.Count - 1)), .. group.Skip(1)];
            }
            var (level, offset) = NextIndent(DocCursor.Before(items, null));
            var lineLevel = _indents.Level + (level > _indents.Level ? _indentWidth : 0);
            var increase = NextIndent(rest).Level > lineLevel ? _indentWidth : 0;
            var text = Fits(increase, _width - FirstLineWidth(rest), DocCursor.Before(items, null));
            if (text is null) return false;
            PutText(level, offset, text);
            return true;
        }
        else
        {
            var increase = NextIndent(rest).Level > _indents.Level ? _indentWidth : 0;
            var text = Fits(increase - _column, _width - _column - FirstLineWidth(rest), DocCursor.Before(group, null));
            if (text is null) return false;
            PutPlain(text);
            return true;
        }
    }

    /// <summary>The one-line text of what the cursor holds if it fits in <paramref name="width"/>, else null.</summary>
    private static string? Fits(int nextIndent, int width, DocCursor? cursor)
    {
        var text = new StringBuilder();
        while (true)
        {
            if (width < 0) return null;
            if (!DocCursor.TakeMerged(ref cursor, out var x)) return text.ToString();
            switch (x)
            {
                case DocText { Kind: TextKind.Regular } t:
                    text.Append(t.Text);
                    nextIndent -= t.Text.Length;
                    width -= t.Text.Length;
                    break;
                case DocText { Kind: TextKind.Comment } t:
                    text.Append(t.Text);
                    break;
                case DocText { Kind: TextKind.TrailingComment } t:
                    if (nextIndent == 0) text.Append(' ');
                    text.Append(t.Text);
                    break;
                case DocText t when DocResolver.IsRaw(t):
                    return null;
                case DocText:
                    break;
                case DocSpacing { Kind: Spacing.Softbreak or Spacing.Break }:
                    break;
                case DocSpacing { Kind: Spacing.Softspace or Spacing.Space or Spacing.Hardspace }:
                    text.Append(' ');
                    nextIndent--;
                    width--;
                    break;
                case DocSpacing:
                    return null;
                case DocGroup g:
                    cursor = DocCursor.Before(g.Items, cursor);
                    break;
            }
        }
    }

    /// <summary>The width of the first line of what the cursor holds, with every possible break taken.</summary>
    private static int FirstLineWidth(DocCursor? cursor)
    {
        int width = 0;
        while (DocCursor.TakeMerged(ref cursor, out var x))
        {
            switch (x)
            {
                case DocText { Kind: TextKind.Comment or TextKind.TrailingComment }:
                    break;
                case DocText t:
                    width += t.Text.Length;
                    break;
                case DocSpacing { Kind: Spacing.Hardspace }:
                    width++;
                    break;
                case DocSpacing:
                    return width;
                case DocGroup g:
                    cursor = DocCursor.Before(g.Items, cursor);
                    break;
            }
        }
        return width;
    }

    /// <summary>Whether the first line of what follows fits in the target width, groups laid out on one line where they fit.</summary>
    private static bool FirstLineFits(int targetWidth, int maxWidth, DocCursor? cursor)
    {
        int c = maxWidth;
        while (true)
        {
            if (c < 0) return false;
            if (!DocCursor.TakeMerged(ref cursor, out var x)) return maxWidth - c <= targetWidth;
            switch (x)
            {
                case DocText { Kind: TextKind.Regular } t:
                    c -= t.Text.Length;
                    break;
                case DocText t when DocResolver.IsVerbatim(t):
                    return maxWidth - c <= targetWidth;
                case DocText:
                    break;
                case DocSpacing { Kind: Spacing.Hardspace }:
                    c--;
                    break;
                case DocSpacing:
                    return maxWidth - c <= targetWidth;
                case DocGroup g:
                    var text = Fits(0, c - FirstLineWidth(cursor), DocCursor.Before(g.Items, null));
                    if (text is null) cursor = DocCursor.Before(g.Items, cursor);
                    else c -= text.Length;
                    break;
            }
        }
    }

    /// <summary>The nesting level and offset of the next text.</summary>
    private static (int Level, int Offset) NextIndent(DocCursor? cursor)
    {
        while (DocCursor.Take(ref cursor, out var x))
        {
            if (x is DocText t) return (t.Level, t.Offset);
            if (x is DocGroup g) cursor = DocCursor.Before(g.Items, cursor);
        }
        return (0, 0);
    }

    /// <summary>
    /// Each priority group of a group's content (looking through transparent groups), with everything before
    /// and after it, in order.
    /// </summary>
    private static List<(List<DocElement> Pre, List<DocElement> Prio, List<DocElement> Post)> PriorityGroups(List<DocElement> items)
    {
        var segments = new List<(bool Priority, List<DocElement> Items)>();
        Segment(items, segments);
        var result = new List<(List<DocElement>, List<DocElement>, List<DocElement>)>();
        if (!segments.Any(s => s.Priority)) return result;
        for (int k = 0; k < segments.Count; k++)
        {
            if (!segments[k].Priority) continue;
            var pre = new List<DocElement>();
            for (int i = 0; i < k; i++) pre.AddRange(segments[i].Items);
            var post = new List<DocElement>();
            for (int i = k + 1; i < segments.Count; i++) post.AddRange(segments[i].Items);
            result.Add((pre, segments[k].Items, post));
        }
        return result;
    }

    private static void Segment(List<DocElement> items, List<(bool Priority, List<DocElement> Items)> segments)
    {
        foreach (var x in items)
        {
            switch (x)
            {
                case DocGroup { Kind: GroupKind.Priority } g:
                    segments.Add((true, g.Items));
                    break;
                case DocGroup { Kind: GroupKind.Transparent } g:
                    Segment(g.Items, segments);
                    break;
                default:
                    if (segments.Count > 0 && !segments[^1].Priority) segments[^1].Items.Add(x);
                    else segments.Add((false, [x]));
                    break;
            }
        }
    }
}

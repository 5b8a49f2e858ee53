using Nix.Syntax.Text;

namespace Nix.Syntax.Formatting.Model;

/// <summary>
/// Reads the trivia between two tokens the way the formatter sees it: runs of line breaks, line comments with
/// their column, block comments re-indented as lines, language annotations before strings.
/// </summary>
internal static class TriviaReader
{
    internal enum RawKind { Newlines, LineComment, BlockComment, LanguageAnnotation, Directive }

    internal sealed record RawTrivium(RawKind Kind, int Count = 0, string Text = "", int Column = 0, bool IsDoc = false, List<string>? Lines = null, bool IsDisable = false, int Start = 0, int End = 0);

    /// <summary>Reads the trivia in order; <paramref name="next"/> (the token after) decides language annotations.</summary>
    public static List<RawTrivium> Read(IEnumerable<SyntaxTrivia> trivia, SourceText source, SyntaxToken next)
    {
        var list = trivia.ToList();
        var result = new List<RawTrivium>();
        for (int i = 0; i < list.Count; i++)
        {
            var t = list[i];
            switch (t.Kind)
            {
                case NixSyntaxKind.EndOfLineTrivia:
                {
                    int count = 1;
                    while (i + 1 < list.Count && list[i + 1].Kind is NixSyntaxKind.EndOfLineTrivia or NixSyntaxKind.WhitespaceTrivia)
                    {
                        i++;
                        if (list[i].Kind == NixSyntaxKind.EndOfLineTrivia) count++;
                    }
                    result.Add(new RawTrivium(RawKind.Newlines, Count: count));
                    break;
                }
                case NixSyntaxKind.SingleLineCommentTrivia:
                {
                    var text = t.ToString();
                    result.Add(new RawTrivium(RawKind.LineComment, Text: text[1..].TrimEnd(), Column: ColumnOf(source, t.Position)));
                    break;
                }
                case NixSyntaxKind.MultiLineCommentTrivia or NixSyntaxKind.DocumentationCommentTrivia:
                {
                    var column = ColumnOf(source, t.Position);
                    var text = t.ToString();
                    if (text is "/*nixfmt:disable*/" or "/*nixfmt:enable*/")
                    {
                        // A directive only when nothing but blanks follows it on its line.
                        int end = t.Position + text.Length;
                        while (end < source.Length && source.Text[end] is ' ' or '\t') end++;
                        if (end == source.Length || source.Text[end] is '\n' or '\r')
                        {
                            result.Add(new RawTrivium(RawKind.Directive, IsDisable: text == "/*nixfmt:disable*/", Start: t.Position, End: end));
                            break;
                        }
                    }
                    bool isDoc = text.StartsWith("/**", StringComparison.Ordinal) && text != "/**/";
                    var body = text[(isDoc ? 3 : 2)..^2];
                    var lines = BlockLines(body, column);
                    if (!isDoc && lines.Count == 1 && IsLanguageName(lines[0]) && StringFollows(list, i + 1, next))
                        result.Add(new RawTrivium(RawKind.LanguageAnnotation, Text: lines[0].Trim()));
                    else
                        result.Add(new RawTrivium(RawKind.BlockComment, Column: column, IsDoc: isDoc, Lines: lines));
                    break;
                }
            }
        }
        return result;
    }

    private static int ColumnOf(SourceText source, int position) => source.GetLinePosition(position).Character;

    private static bool IsLanguageName(string text)
    {
        var name = text.Trim();
        return name.Length is > 0 and <= 30 && name.All(c => char.IsLetterOrDigit(c) || c is '-' or '+' or '.' or '_');
    }

    /// <summary>Only white space and at most one line break between the comment and a string's opening quote.</summary>
    private static bool StringFollows(List<SyntaxTrivia> trivia, int from, SyntaxToken next)
    {
        int lineBreaks = 0;
        for (int i = from; i < trivia.Count; i++)
        {
            if (trivia[i].Kind == NixSyntaxKind.EndOfLineTrivia) lineBreaks++;
            else if (trivia[i].Kind != NixSyntaxKind.WhitespaceTrivia) return false;
        }
        return lineBreaks <= 1 && next.Kind is NixSyntaxKind.DoubleQuoteToken or NixSyntaxKind.OpenIndentedStringToken;
    }

    /// <summary>The lines of a block comment: stars aligned under the opening removed, common indentation stripped.</summary>
    private static List<string> BlockLines(string body, int column)
    {
        var lines = body.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        DropTrailingEmpty(lines);
        if (lines.Count > 1)
        {
            var star = new string(' ', column) + " *";
            if (lines.Skip(1).All(l => l.StartsWith(star, StringComparison.Ordinal)))
                for (int i = 1; i < lines.Count; i++) lines[i] = new string(' ', column) + lines[i][star.Length..];
        }
        lines = lines.Select(l => l.TrimEnd()).ToList();
        DropTrailingEmpty(lines);
        if (lines.Count == 0) return lines;
        var head = lines[0];
        int indent = head.StartsWith(' ') ? column + 3 : column + 2;
        foreach (var line in lines.Skip(1).Where(l => !l.All(c => c == ' ')))
            indent = Math.Min(indent, line.TakeWhile(c => c == ' ').Count());
        var prefix = new string(' ', indent);
        var result = new List<string> { head.Trim() };
        foreach (var line in lines.Skip(1))
            result.Add(line.StartsWith(prefix, StringComparison.Ordinal) ? line[indent..] : line.TrimStart());
        while (result.Count > 0 && result[0].Length == 0) result.RemoveAt(0);
        return result;
    }

    private static void DropTrailingEmpty(List<string> lines)
    {
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
    }

    private static bool IsTrailing(RawTrivium t) =>
        t.Kind is RawKind.LineComment or RawKind.Directive || (t.Kind == RawKind.BlockComment && !t.IsDoc && t.Lines!.Count <= 1);

    /// <summary>Trivia after a token: the comment that ends its line, and the rest, which leads what follows.</summary>
    public static (string? Trailing, List<Trivium> Leading) Split(List<RawTrivium> raw, int nextColumn, DirectiveTracker directives)
    {
        int n = 0;
        while (n < raw.Count && IsTrailing(raw[n])) n++;
        if (n == 1 && raw[0].Kind == RawKind.LineComment)
        {
            // A comment that lines up with a comment or token on the next line belongs with that one.
            var rest = raw.Skip(1).ToList();
            if (rest.Count >= 2 && rest[0] is { Kind: RawKind.Newlines, Count: 1 } && rest[1].Kind == RawKind.LineComment && rest[1].Column == raw[0].Column)
                return (null, Leading(raw, directives));
            if (rest.Count == 1 && rest[0] is { Kind: RawKind.Newlines, Count: 1 } && raw[0].Column == nextColumn)
                return (null, Leading(raw, directives));
        }
        var parts = raw.Take(n).Select(t => t.Kind switch
            {
                RawKind.LineComment => t.Text.Trim(),
                RawKind.Directive => t.IsDisable ? "nixfmt:disable" : "nixfmt:enable",
                _ => t.Lines!.Count == 1 ? t.Lines[0].Trim() : "",
            })
            .Where(s => s.Length > 0).ToList();
        return (parts.Count == 0 ? null : string.Join(' ', parts), Leading(raw.Skip(n), directives));
    }

    /// <summary>Trivia as leading trivia: blank lines, comments (one-line block comments become line comments).</summary>
    public static List<Trivium> Leading(IEnumerable<RawTrivium> raw, DirectiveTracker directives)
    {
        var result = new List<Trivium>();
        foreach (var t in raw)
        {
            switch (t.Kind)
            {
                case RawKind.Newlines when t.Count > 1:
                    result.Add(Trivium.EmptyLine);
                    break;
                case RawKind.LineComment:
                    result.Add(new Trivium(TriviumKind.LineComment, t.Text));
                    break;
                case RawKind.BlockComment when t.Lines!.Count == 0:
                    break;
                case RawKind.BlockComment when !t.IsDoc && t.Lines.Count == 1:
                    result.Add(new Trivium(TriviumKind.LineComment, " " + t.Lines[0].Trim()));
                    break;
                case RawKind.BlockComment:
                    result.Add(new Trivium(TriviumKind.BlockComment, IsDoc: t.IsDoc, Lines: t.Lines));
                    break;
                case RawKind.Directive:
                    result.Add(directives.Resolve(t.IsDisable, t.Start, t.End));
                    break;
                case RawKind.LanguageAnnotation:
                    result.Add(new Trivium(TriviumKind.LanguageAnnotation, t.Text));
                    break;
            }
        }
        return result;
    }
}

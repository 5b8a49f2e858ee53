namespace Nix.Syntax.Formatting.Model;

/// <summary>
/// A token as the formatter sees it: its text, the comments and blank lines before it, the comment after it
/// on its line, and its source line (some layouts keep what was on different lines apart).
/// </summary>
internal sealed class FormatToken(List<Trivium> leading, string text, int line, string? trailing)
{
    public List<Trivium> Leading { get; set; } = leading;
    public string Text { get; set; } = text;
    public int Line { get; } = line;
    public string? TrailingComment { get; set; } = trailing;

    /// <summary>No comment or blank line before or after it.</summary>
    public bool IsLone => Leading.Count == 0 && TrailingComment is null;

    public bool HasTrivia => !IsLone;

    public FormatToken Clone() => new(Leading, Text, Line, TrailingComment);

    /// <summary>Its end-of-line comment, moved to the end of its leading trivia.</summary>
    public FormatToken WithTrailingCommentMovedUp()
    {
        if (TrailingComment is null) return this;
        return new FormatToken([.. Leading, new Trivium(TriviumKind.LineComment, " " + TrailingComment)], Text, Line, null);
    }

    public FormatToken WithoutTrailingComment() => TrailingComment is null ? this : new(Leading, Text, Line, null);

    public FormatToken WithoutLeading() => Leading.Count == 0 ? this : new([], Text, Line, TrailingComment);
}

namespace K3s.Modules.Values;

/// <summary>
/// The comments of one binding or list item: whole lines above it and one comment after it on its line.
/// Texts are stored without the <c>#</c> and the single space after it.
/// </summary>
/// <param name="Leading">Comment lines above the binding, in order.</param>
/// <param name="Trailing">The comment at the end of the binding's line, if any.</param>
public sealed record Remark(EquatableList<string> Leading, string? Trailing)
{
    /// <summary>Comment lines above a binding.</summary>
    /// <param name="lines">The texts, without <c>#</c>.</param>
    /// <returns>The remark.</returns>
    public static Remark Above(params string[] lines) => new(Check(lines).ToEquatableList(), null);

    /// <summary>A comment after the binding, on its line.</summary>
    /// <param name="text">The text, without <c>#</c>.</param>
    /// <returns>The remark.</returns>
    public static Remark After(string text) => new(EquatableList<string>.Empty, Check([text])[0]);

    /// <summary>Whether there is no comment at all.</summary>
    public bool IsEmpty => Leading.Count == 0 && Trailing is null;

    /// <summary>This remark with the comments of <paramref name="other"/> added (its lines after ours).</summary>
    /// <param name="other">Another remark, or null.</param>
    /// <returns>The combined remark.</returns>
    public Remark Combine(Remark? other) =>
        other is null ? this : new(Leading.AddRange(other.Leading), Trailing is null ? other.Trailing : other.Trailing is null ? Trailing : Trailing + "; " + other.Trailing);

    /// <summary>The comment as Nix source: <c>#</c>, a space unless the text is empty, the text.</summary>
    /// <param name="text">The stored text.</param>
    /// <returns>The comment trivia text.</returns>
    public static string ToCommentText(string text) => text.Length == 0 ? "#" : "# " + text;

    /// <summary>The stored text of a <c>#</c> comment: without the <c>#</c> and one following space.</summary>
    /// <param name="comment">The comment trivia text.</param>
    /// <returns>The text.</returns>
    public static string FromCommentText(string comment)
    {
        var text = comment.StartsWith('#') ? comment[1..] : comment;
        return text.StartsWith(' ') ? text[1..] : text;
    }

    private static string[] Check(string[] lines)
    {
        foreach (var line in lines)
            if (line.AsSpan().ContainsAny('\n', '\r'))
                throw new ArgumentException("A comment is one line.", nameof(lines));
        return lines;
    }
}

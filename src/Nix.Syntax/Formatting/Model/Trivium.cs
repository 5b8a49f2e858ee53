namespace Nix.Syntax.Formatting.Model;

/// <summary>The kinds of trivia the formatter keeps: blank lines and comments.</summary>
internal enum TriviumKind
{
    /// <summary>One or more blank lines, kept as one.</summary>
    EmptyLine,

    /// <summary>A <c>#</c> comment (or a one-line <c>/* */</c> one, rewritten as <c>#</c>); text after the <c>#</c>.</summary>
    LineComment,

    /// <summary>A multi-line <c>/* */</c> or <c>/** */</c> comment, as re-indented lines.</summary>
    BlockComment,

    /// <summary>A <c>/* lang */</c> annotation right before a string.</summary>
    LanguageAnnotation,

    /// <summary>A <c>/*nixfmt:disable*/</c> line opening a region left as written.</summary>
    DisableDirective,

    /// <summary>
    /// The <c>/*nixfmt:enable*/</c> line closing a region (<see cref="Trivium.Text"/> is the region's raw text,
    /// both directive lines included), or a lone one (text null).
    /// </summary>
    EnableDirective,

    /// <summary>A region opened and never closed: the raw text to the end of the file.</summary>
    DisabledToEndOfFile,
}

/// <summary>One piece of trivia kept by the formatter.</summary>
internal sealed record Trivium(TriviumKind Kind, string? Text = "", bool IsDoc = false, IReadOnlyList<string>? Lines = null)
{
    public static readonly Trivium EmptyLine = new(TriviumKind.EmptyLine);
}

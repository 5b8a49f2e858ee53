using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

// Trivia: whitespace, line ends and comments, checked to lex back as the same single trivia.
public static partial class SyntaxFactory
{
    /// <summary>Whitespace trivia: one or more spaces and tabs.</summary>
    /// <param name="text">The whitespace, such as <c>"  "</c>.</param>
    /// <returns>The trivia, attached to no token.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or holds another character.</exception>
    public static SyntaxTrivia Whitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || text.AsSpan().ContainsAnyExcept(' ', '\t'))
            throw new ArgumentException("Whitespace trivia is one or more spaces and tabs.", nameof(text));
        return Trivia(NixSyntaxKind.WhitespaceTrivia, text);
    }

    /// <summary>A line end: <c>"\n"</c>, <c>"\r\n"</c> or <c>"\r"</c>.</summary>
    /// <param name="text">The line end.</param>
    /// <returns>The trivia, attached to no token.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not one line end.</exception>
    public static SyntaxTrivia EndOfLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text is not ("\n" or "\r\n" or "\r"))
            throw new ArgumentException("A line end is \"\\n\", \"\\r\\n\" or \"\\r\".", nameof(text));
        return Trivia(NixSyntaxKind.EndOfLineTrivia, text);
    }

    /// <summary>
    /// A comment: <c>#…</c> to the end of the line (the line end not included), <c>/* … */</c>, or a documentation
    /// comment <c>/** … */</c>. The kind follows from the text, as the lexer would decide it.
    /// </summary>
    /// <param name="text">The comment with its delimiters.</param>
    /// <returns>The trivia, attached to no token.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not exactly one comment.</exception>
    public static SyntaxTrivia Comment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith('#'))
        {
            if (text.AsSpan().ContainsAny('\r', '\n'))
                throw new ArgumentException("A # comment ends at the line end, which is separate trivia.", nameof(text));
            return Trivia(NixSyntaxKind.SingleLineCommentTrivia, text);
        }

        // The first "*/" ends a block comment, so it must be the last two characters; "/*/" is not closed.
        if (text.Length >= 4 && text.StartsWith("/*", StringComparison.Ordinal) && text.IndexOf("*/", 2, StringComparison.Ordinal) == text.Length - 2)
        {
            bool documentation = text.Length >= 5 && text[2] == '*' && text[3] is not ('/' or '*');
            return Trivia(documentation ? NixSyntaxKind.DocumentationCommentTrivia : NixSyntaxKind.MultiLineCommentTrivia, text);
        }

        throw new ArgumentException("A comment is \"#…\" or \"/* … */\" (one comment, closed once, at the end).", nameof(text));
    }

    /// <summary>An empty trivia list.</summary>
    /// <returns>The list.</returns>
    public static SyntaxTriviaList TriviaList() => default;

    /// <summary>A trivia list of one trivia.</summary>
    /// <param name="trivia">The trivia.</param>
    /// <returns>The list.</returns>
    public static SyntaxTriviaList TriviaList(SyntaxTrivia trivia) => TriviaList([trivia]);

    /// <summary>A trivia list of the given trivia, in order.</summary>
    /// <param name="trivia">The trivia.</param>
    /// <returns>The list, attached to no token.</returns>
    public static SyntaxTriviaList TriviaList(params SyntaxTrivia[] trivia) => TriviaList((IEnumerable<SyntaxTrivia>)trivia);

    /// <summary>A trivia list of the given trivia, in order.</summary>
    /// <param name="trivia">The trivia.</param>
    /// <returns>The list, attached to no token.</returns>
    public static SyntaxTriviaList TriviaList(IEnumerable<SyntaxTrivia> trivia)
    {
        ArgumentNullException.ThrowIfNull(trivia);
        return new SyntaxTriviaList(default, TriviaGreen.FromTrivia(trivia), 0);
    }

    private static SyntaxTrivia Trivia(NixSyntaxKind kind, string text) => new(default, GreenTrivia.Create(kind, text), 0);
}

using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

// Trivia: comments, whitespace and line ends, and tokens that carry them.
public static partial class SyntaxFactory
{
    /// <summary>A single space, as whitespace trivia.</summary>
    public static SyntaxTrivia Space => Whitespace(" ");

    /// <summary>Whitespace trivia: spaces and tabs.</summary>
    /// <param name="text">One or more spaces and tabs.</param>
    /// <returns>The trivia.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or has other characters.</exception>
    public static SyntaxTrivia Whitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || text.Any(c => c is not (' ' or '\t')))
            throw new ArgumentException("Whitespace trivia is one or more spaces and tabs.", nameof(text));
        return Trivia(NixSyntaxKind.WhitespaceTrivia, text);
    }

    /// <summary>A line end, as trivia.</summary>
    /// <param name="text"><c>"\n"</c> or <c>"\r\n"</c>.</param>
    /// <returns>The trivia.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is neither.</exception>
    public static SyntaxTrivia EndOfLine(string text = "\n")
    {
        if (text is not ("\n" or "\r\n")) throw new ArgumentException("A line end is \"\\n\" or \"\\r\\n\".", nameof(text));
        return Trivia(NixSyntaxKind.EndOfLineTrivia, text);
    }

    /// <summary>A line comment <c># …</c>; the <c>#</c> is added when missing.</summary>
    /// <param name="text">The comment, such as <c>"# managed by K3s.Modules"</c>; it may not contain a line break.</param>
    /// <returns>The trivia.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> contains a line break.</exception>
    public static SyntaxTrivia Comment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('\n') || text.Contains('\r')) throw new ArgumentException("A line comment cannot contain a line break.", nameof(text));
        return Trivia(NixSyntaxKind.SingleLineCommentTrivia, text.StartsWith('#') ? text : "# " + text);
    }

    /// <summary>A block comment <c>/* … */</c> around <paramref name="text"/> (a documentation comment when it starts with <c>*</c>).</summary>
    /// <param name="text">The comment's content; it may not contain <c>*/</c>, since Nix block comments do not nest.</param>
    /// <returns>The trivia.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> contains <c>*/</c>.</exception>
    public static SyntaxTrivia BlockComment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains("*/")) throw new ArgumentException("A block comment cannot contain \"*/\".", nameof(text));
        var kind = text.StartsWith('*') && !text.StartsWith("*/") && text.Length > 1
            ? NixSyntaxKind.DocumentationCommentTrivia
            : NixSyntaxKind.MultiLineCommentTrivia;
        return Trivia(kind, "/*" + text + "*/");
    }

    /// <summary>A list of trivia, to attach to a token.</summary>
    /// <param name="trivia">The trivia, in order.</param>
    /// <returns>The list.</returns>
    public static SyntaxTriviaList TriviaList(params SyntaxTrivia[] trivia)
    {
        ArgumentNullException.ThrowIfNull(trivia);
        return new SyntaxTriviaList(default, GreenTriviaList(trivia.Select(t => t.Node!)), 0);
    }

    /// <summary>A token of fixed text with the given trivia.</summary>
    /// <param name="leading">The trivia before it.</param>
    /// <param name="kind">A kind of fixed text.</param>
    /// <param name="trailing">The trivia after it.</param>
    /// <returns>The token.</returns>
    public static SyntaxToken Token(SyntaxTriviaList leading, NixSyntaxKind kind, SyntaxTriviaList trailing) =>
        WithTrivia(Token(kind), leading, trailing);

    /// <summary>A token with the given text and trivia.</summary>
    /// <param name="leading">The trivia before it.</param>
    /// <param name="kind">A token kind.</param>
    /// <param name="text">Its text.</param>
    /// <param name="trailing">The trivia after it.</param>
    /// <returns>The token.</returns>
    public static SyntaxToken Token(SyntaxTriviaList leading, NixSyntaxKind kind, string text, SyntaxTriviaList trailing) =>
        WithTrivia(Token(kind, text), leading, trailing);

    private static SyntaxToken WithTrivia(SyntaxToken token, SyntaxTriviaList leading, SyntaxTriviaList trailing)
    {
        var green = GreenToken.Create(token.Kind, token.Text,
            GreenTriviaList(leading.Select(t => t.Node!)), GreenTriviaList(trailing.Select(t => t.Node!)));
        return Wrap(green);
    }

    private static SyntaxTrivia Trivia(NixSyntaxKind kind, string text) => new(default, GreenTrivia.Create(kind, text), 0);

    private static GreenNode? GreenTriviaList(IEnumerable<GreenNode> trivia)
    {
        var list = trivia.ToList();
        return list.Count switch { 0 => null, 1 => list[0], _ => GreenList.Create(list) };
    }
}

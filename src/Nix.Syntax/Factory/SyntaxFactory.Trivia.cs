using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

// Trivia: comments, whitespace and line ends, and tokens that carry them.
public static partial class SyntaxFactory
{
    /// <summary>A single space, as whitespace trivia.</summary>
    public static SyntaxTrivia Space => Whitespace(" ");




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


    private static GreenNode? GreenTriviaList(IEnumerable<GreenNode> trivia)
    {
        var list = trivia.ToList();
        return list.Count switch { 0 => null, 1 => list[0], _ => GreenList.Create(list) };
    }
}

using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

// Replacing a token's trivia. The result is a token on its own; put it into a tree with ReplaceToken.
public readonly partial struct SyntaxToken
{
    /// <summary>A copy of this token with <paramref name="trivia"/> as its leading trivia.</summary>
    /// <param name="trivia">The new leading trivia (null or empty for none).</param>
    /// <returns>The new token, without parent; <c>default</c> stays <c>default</c>.</returns>
    public SyntaxToken WithLeadingTrivia(IEnumerable<SyntaxTrivia>? trivia) =>
        Node is null ? this : Standalone((GreenToken)GreenAnnotations.CarryOver(Node, Node.WithLeadingTrivia(TriviaGreen.FromTrivia(trivia))));

    /// <summary>A copy of this token with <paramref name="trivia"/> as its leading trivia.</summary>
    /// <param name="trivia">The new leading trivia.</param>
    /// <returns>The new token, without parent.</returns>
    public SyntaxToken WithLeadingTrivia(params SyntaxTrivia[]? trivia) => WithLeadingTrivia((IEnumerable<SyntaxTrivia>?)trivia);

    /// <summary>A copy of this token with <paramref name="trivia"/> as its leading trivia.</summary>
    /// <param name="trivia">The new leading trivia.</param>
    /// <returns>The new token, without parent.</returns>
    public SyntaxToken WithLeadingTrivia(SyntaxTriviaList trivia) => WithLeadingTrivia((IEnumerable<SyntaxTrivia>)trivia);

    /// <summary>A copy of this token with <paramref name="trivia"/> as its trailing trivia.</summary>
    /// <param name="trivia">The new trailing trivia (null or empty for none).</param>
    /// <returns>The new token, without parent; <c>default</c> stays <c>default</c>.</returns>
    public SyntaxToken WithTrailingTrivia(IEnumerable<SyntaxTrivia>? trivia) =>
        Node is null ? this : Standalone((GreenToken)GreenAnnotations.CarryOver(Node, Node.WithTrailingTrivia(TriviaGreen.FromTrivia(trivia))));

    /// <summary>A copy of this token with <paramref name="trivia"/> as its trailing trivia.</summary>
    /// <param name="trivia">The new trailing trivia.</param>
    /// <returns>The new token, without parent.</returns>
    public SyntaxToken WithTrailingTrivia(params SyntaxTrivia[]? trivia) => WithTrailingTrivia((IEnumerable<SyntaxTrivia>?)trivia);

    /// <summary>A copy of this token with <paramref name="trivia"/> as its trailing trivia.</summary>
    /// <param name="trivia">The new trailing trivia.</param>
    /// <returns>The new token, without parent.</returns>
    public SyntaxToken WithTrailingTrivia(SyntaxTriviaList trivia) => WithTrailingTrivia((IEnumerable<SyntaxTrivia>)trivia);

    /// <summary>A copy of this token with the leading and trailing trivia of <paramref name="token"/>.</summary>
    /// <param name="token">The token whose trivia to take.</param>
    /// <returns>The new token, without parent.</returns>
    public SyntaxToken WithTriviaFrom(SyntaxToken token) =>
        WithLeadingTrivia(token.LeadingTrivia).WithTrailingTrivia(token.TrailingTrivia);

    /// <summary>A copy of this token with no trivia.</summary>
    /// <returns>The new token, without parent.</returns>
    public SyntaxToken WithoutTrivia() => WithLeadingTrivia((IEnumerable<SyntaxTrivia>?)null).WithTrailingTrivia((IEnumerable<SyntaxTrivia>?)null);
}

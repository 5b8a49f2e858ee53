using Nix.Syntax.InternalSyntax;
using Nix.Syntax.Text;

namespace Nix.Syntax;

/// <summary>One piece of trivia (whitespace, a line end, a comment, skipped text) attached to a token.</summary>
public readonly struct SyntaxTrivia : IEquatable<SyntaxTrivia>
{
    internal SyntaxTrivia(SyntaxToken token, GreenTrivia? node, int position)
    {
        Token = token;
        Node = node;
        Position = position;
    }

    internal GreenTrivia? Node { get; }

    /// <summary>The token this trivia belongs to.</summary>
    public SyntaxToken Token { get; }

    /// <summary>The start offset.</summary>
    public int Position { get; }

    /// <summary>The kind, such as <see cref="NixSyntaxKind.SingleLineCommentTrivia"/>.</summary>
    public NixSyntaxKind Kind => Node?.Kind ?? NixSyntaxKind.None;

    /// <summary>The span (trivia has no trivia of its own, so this is also its full span).</summary>
    public TextSpan Span => new(Position, Node?.FullWidth ?? 0);

    /// <summary>Whether the trivia is of <paramref name="kind"/>.</summary>
    public bool IsKind(NixSyntaxKind kind) => Kind == kind;

    /// <summary>The text, exactly as written.</summary>
    public override string ToString() => Node?.Text ?? string.Empty;

    /// <summary>The text, exactly as written.</summary>
    public string ToFullString() => ToString();

    /// <inheritdoc/>
    public bool Equals(SyntaxTrivia other) => Token == other.Token && ReferenceEquals(Node, other.Node) && Position == other.Position;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxTrivia trivia && Equals(trivia);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Token, Node, Position);

    /// <summary>Whether both are the same trivia.</summary>
    public static bool operator ==(SyntaxTrivia left, SyntaxTrivia right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(SyntaxTrivia left, SyntaxTrivia right) => !left.Equals(right);
}

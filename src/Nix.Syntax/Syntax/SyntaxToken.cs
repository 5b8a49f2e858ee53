using Nix.Syntax.Diagnostics;
using Nix.Syntax.InternalSyntax;
using Nix.Syntax.Text;

namespace Nix.Syntax;

/// <summary>
/// A token of the red tree: a struct made on demand over a green token, with its parent and position.
/// <c>default(SyntaxToken)</c> stands for an absent optional token; its <see cref="Kind"/> is <see cref="NixSyntaxKind.None"/>.
/// </summary>
public readonly partial struct SyntaxToken : IEquatable<SyntaxToken>
{
    internal SyntaxToken(SyntaxNode? parent, GreenToken? node, int position, int index)
    {
        Parent = parent;
        Node = node;
        Position = position;
        Index = index;
    }

    internal GreenToken? Node { get; }

    internal int Index { get; }

    /// <summary>The node that holds this token, or null for a token made on its own.</summary>
    public SyntaxNode? Parent { get; }

    /// <summary>The start of <see cref="FullSpan"/>.</summary>
    public int Position { get; }

    /// <summary>The kind, or <see cref="NixSyntaxKind.None"/> for an absent token.</summary>
    public NixSyntaxKind Kind => Node?.Kind ?? NixSyntaxKind.None;

    /// <summary>The token's text, trivia excluded (empty for a missing token).</summary>
    public string Text => Node?.Text ?? string.Empty;

    /// <summary>Whether the parser made this token up while recovering from an error (it has no text).</summary>
    public bool IsMissing => Node?.IsMissing ?? false;

    /// <summary>The span of the text alone.</summary>
    public TextSpan Span => Node is null ? default : new TextSpan(Position + Node.GetLeadingTriviaWidth(), Node.Text.Length);

    /// <summary>The start of <see cref="Span"/>.</summary>
    public int SpanStart => Position + (Node?.GetLeadingTriviaWidth() ?? 0);

    /// <summary>The span with leading and trailing trivia.</summary>
    public TextSpan FullSpan => new(Position, Node?.FullWidth ?? 0);

    /// <summary>The trivia before the token.</summary>
    public SyntaxTriviaList LeadingTrivia => Node is null ? default : new SyntaxTriviaList(this, Node.LeadingTrivia, Position);

    /// <summary>The trivia after the token, up to and including the first line end.</summary>
    public SyntaxTriviaList TrailingTrivia => Node is null ? default : new SyntaxTriviaList(this, Node.TrailingTrivia, Position + Node.GetLeadingTriviaWidth() + Node.Text.Length);

    /// <summary>Whether the token has leading trivia.</summary>
    public bool HasLeadingTrivia => Node?.LeadingTrivia is not null;

    /// <summary>Whether the token has trailing trivia.</summary>
    public bool HasTrailingTrivia => Node?.TrailingTrivia is not null;

    /// <summary>The tree the token belongs to, if any.</summary>
    public NixSyntaxTree? SyntaxTree => Parent?.SyntaxTree;

    /// <summary>Whether the token is of <paramref name="kind"/>.</summary>
    public bool IsKind(NixSyntaxKind kind) => Kind == kind;

    /// <summary>The text alone.</summary>
    public override string ToString() => Text;

    /// <summary>The text with leading and trailing trivia.</summary>
    public string ToFullString() => Node?.ToFullString() ?? string.Empty;

    /// <summary>The location of <see cref="Span"/>.</summary>
    public Location GetLocation() => new(SyntaxTree?.FilePath, SyntaxTree?.Text, Span);

    /// <summary>Whether both are the same token at the same place of the same tree.</summary>
    public bool Equals(SyntaxToken other) => ReferenceEquals(Parent, other.Parent) && ReferenceEquals(Node, other.Node) && Position == other.Position && Index == other.Index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxToken token && Equals(token);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Parent, Node, Position, Index);

    /// <summary>Whether both are the same token.</summary>
    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

    /// <summary>Whether they are different tokens.</summary>
    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);
}

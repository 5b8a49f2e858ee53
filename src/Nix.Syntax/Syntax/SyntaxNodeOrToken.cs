using Nix.Syntax.Text;

namespace Nix.Syntax;

/// <summary>Either a node or a token: an element of <see cref="SyntaxNode.ChildNodesAndTokens"/>.</summary>
public readonly struct SyntaxNodeOrToken : IEquatable<SyntaxNodeOrToken>
{
    private readonly SyntaxNode? _node;
    private readonly SyntaxToken _token;

    private SyntaxNodeOrToken(SyntaxNode? node, SyntaxToken token)
    {
        _node = node;
        _token = token;
    }

    /// <summary>Whether this is a node.</summary>
    public bool IsNode => _node is not null;

    /// <summary>Whether this is a token.</summary>
    public bool IsToken => _node is null && _token.Node is not null;

    /// <summary>The kind of the node or token.</summary>
    public NixSyntaxKind Kind => _node?.Kind ?? _token.Kind;

    /// <summary>The node, or null if this is a token.</summary>
    public SyntaxNode? AsNode() => _node;

    /// <summary>The token, or default if this is a node.</summary>
    public SyntaxToken AsToken() => _node is null ? _token : default;

    /// <summary>The parent of the node or token.</summary>
    public SyntaxNode? Parent => _node is not null ? _node.Parent : _token.Parent;

    /// <summary>The span without outer trivia.</summary>
    public TextSpan Span => _node?.Span ?? _token.Span;

    /// <summary>The span with trivia.</summary>
    public TextSpan FullSpan => _node?.FullSpan ?? _token.FullSpan;

    /// <summary>The text with trivia.</summary>
    public string ToFullString() => _node?.ToFullString() ?? _token.ToFullString();

    /// <summary>The text without outer trivia.</summary>
    public override string ToString() => _node?.ToString() ?? _token.ToString();

    /// <summary>Wraps a token.</summary>
    public static implicit operator SyntaxNodeOrToken(SyntaxToken token) => new(null, token);

    /// <summary>Wraps a node.</summary>
    public static implicit operator SyntaxNodeOrToken(SyntaxNode? node) => new(node, default);

    /// <inheritdoc/>
    public bool Equals(SyntaxNodeOrToken other) => ReferenceEquals(_node, other._node) && _token == other._token;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxNodeOrToken other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_node, _token);

    /// <summary>Whether both are the same.</summary>
    public static bool operator ==(SyntaxNodeOrToken left, SyntaxNodeOrToken right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(SyntaxNodeOrToken left, SyntaxNodeOrToken right) => !left.Equals(right);
}

using System.Collections;
using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

/// <summary>The leading or trailing trivia of a token.</summary>
public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
{
    private readonly GreenNode? _node;

    internal SyntaxTriviaList(SyntaxToken token, GreenNode? node, int position)
    {
        Token = token;
        _node = node;
        Position = position;
    }

    /// <summary>The token the trivia belongs to.</summary>
    public SyntaxToken Token { get; }

    /// <summary>The start offset of the first trivia.</summary>
    public int Position { get; }

    /// <summary>The number of trivia.</summary>
    public int Count => _node switch { null => 0, GreenTrivia => 1, _ => _node.SlotCount };

    /// <summary>The trivia at <paramref name="index"/>.</summary>
    public SyntaxTrivia this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            if (_node is GreenTrivia single) return new SyntaxTrivia(Token, single, Position);
            return new SyntaxTrivia(Token, (GreenTrivia)_node!.GetSlot(index)!, Position + _node.GetSlotOffset(index));
        }
    }

    /// <summary>The total width.</summary>
    public int FullWidth => _node?.FullWidth ?? 0;

    /// <summary>The text of all the trivia.</summary>
    public string ToFullString() => string.Concat(this.Select(t => t.ToString()));

    /// <inheritdoc/>
    public override string ToString() => ToFullString();

    /// <inheritdoc/>
    public IEnumerator<SyntaxTrivia> GetEnumerator()
    {
        int position = Position;
        for (int i = 0, n = Count; i < n; i++)
        {
            var green = _node is GreenTrivia single ? single : (GreenTrivia)_node!.GetSlot(i)!;
            yield return new SyntaxTrivia(Token, green, position);
            position += green.FullWidth;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

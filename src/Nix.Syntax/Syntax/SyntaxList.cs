using System.Collections;

namespace Nix.Syntax;

/// <summary>A list of nodes of one type, such as the bindings of an attribute set.</summary>
public readonly struct SyntaxList<TNode> : IReadOnlyList<TNode> where TNode : SyntaxNode
{
    internal SyntaxList(SyntaxNode? node) => Node = node;

    /// <summary>The red node of the list, or null for an empty or absent list.</summary>
    internal SyntaxNode? Node { get; }

    /// <summary>The number of elements.</summary>
    public int Count => Node?.Green.SlotCount ?? 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    public TNode this[int index] => (TNode)Node!.GetRed(index)!;

    /// <summary>The first element, or null.</summary>
    public TNode? FirstOrDefault() => Count > 0 ? this[0] : null;

    /// <summary>The last element, or null.</summary>
    public TNode? LastOrDefault() => Count > 0 ? this[Count - 1] : null;

    /// <summary>The concatenated text of the elements, with trivia.</summary>
    public string ToFullString() => Node?.ToFullString() ?? string.Empty;

    /// <inheritdoc/>
    public override string ToString() => Node?.ToString() ?? string.Empty;

    /// <inheritdoc/>
    public IEnumerator<TNode> GetEnumerator()
    {
        for (int i = 0, n = Count; i < n; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

using System.Collections;

namespace Nix.Syntax;

/// <summary>
/// A list of nodes with separator tokens between them (the dots of an attribute path, the commas of a formal
/// set). Elements are at even positions of the underlying list, separators at odd ones; a trailing separator
/// is allowed.
/// </summary>
public readonly struct SeparatedSyntaxList<TNode> : IReadOnlyList<TNode> where TNode : SyntaxNode
{
    internal SeparatedSyntaxList(SyntaxNode? node) => Node = node;

    internal SyntaxNode? Node { get; }

    private int ItemCount => Node?.Green.SlotCount ?? 0;

    /// <summary>The number of elements (separators not counted).</summary>
    public int Count => (ItemCount + 1) / 2;

    /// <summary>The number of separators.</summary>
    public int SeparatorCount => ItemCount / 2;

    /// <summary>The element at <paramref name="index"/>.</summary>
    public TNode this[int index] => (TNode)Node!.GetRed(index * 2)!;

    /// <summary>The separator after element <paramref name="index"/>.</summary>
    public SyntaxToken GetSeparator(int index) => Node!.GetToken(index * 2 + 1);

    /// <summary>All separators, in order.</summary>
    public IEnumerable<SyntaxToken> GetSeparators()
    {
        for (int i = 0; i < SeparatorCount; i++) yield return GetSeparator(i);
    }

    /// <summary>Elements and separators, in order.</summary>
    public IEnumerable<SyntaxNodeOrToken> GetWithSeparators()
    {
        for (int i = 0; i < ItemCount; i++) yield return Node!.GetChild(i);
    }

    /// <summary>The text with trivia.</summary>
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

using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

/// <summary>
/// The hand-written part of the factory: tokens and lists, the building blocks the generated node creators
/// (SyntaxFactory.g.cs) take. Tokens made here carry no trivia.
/// </summary>
public static partial class SyntaxFactory
{
    /// <summary>A token of a kind whose text is fixed (punctuation, keywords, the end of the file).</summary>
    /// <param name="kind">A kind with a fixed text, such as <see cref="NixSyntaxKind.OpenBraceToken"/> or <see cref="NixSyntaxKind.RecKeyword"/>.</param>
    /// <returns>The token, without trivia.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> has no fixed text.</exception>
    public static SyntaxToken Token(NixSyntaxKind kind)
    {
        string text = FixedText(kind)
            ?? throw new ArgumentException($"{kind} has no fixed text; use Token(kind, text).", nameof(kind));
        return Wrap(GreenToken.Create(kind, text));
    }

    /// <summary>A token with the given text, such as an identifier or a literal, exactly as it is to be printed.</summary>
    /// <param name="kind">A token kind.</param>
    /// <param name="text">The text; for a kind of fixed text, that text.</param>
    /// <returns>The token, without trivia.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a token kind, or has a fixed text other than <paramref name="text"/>.</exception>
    public static SyntaxToken Token(NixSyntaxKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!SyntaxFacts.IsToken(kind)) throw new ArgumentException($"{kind} is not a token kind.", nameof(kind));
        string? fixedText = FixedText(kind);
        if (fixedText is not null && fixedText != text)
            throw new ArgumentException($"The text of a {kind} is always \"{fixedText}\".", nameof(text));
        return Wrap(GreenToken.Create(kind, text));
    }

    /// <summary>A zero-width token that stands for one the source lacks, as the parser makes while recovering.</summary>
    /// <param name="kind">A token kind.</param>
    /// <returns>The missing token; its <see cref="SyntaxToken.IsMissing"/> is true.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a token kind.</exception>
    public static SyntaxToken MissingToken(NixSyntaxKind kind)
    {
        if (!SyntaxFacts.IsToken(kind)) throw new ArgumentException($"{kind} is not a token kind.", nameof(kind));
        return Wrap(GreenToken.CreateMissing(kind));
    }

    /// <summary>A list of nodes.</summary>
    /// <typeparam name="TNode">The type of the elements.</typeparam>
    /// <param name="nodes">The elements, in order.</param>
    /// <returns>The list, the root of its own tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodes"/> or an element is null.</exception>
    public static SyntaxList<TNode> List<TNode>(IEnumerable<TNode> nodes) where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var green = new List<GreenNode>();
        foreach (var node in nodes)
        {
            if (node is null) throw new ArgumentNullException(nameof(nodes), "A list element is null.");
            green.Add(node.Green);
        }

        return new SyntaxList<TNode>(GreenList.Create(green).CreateRed(null, 0, null));
    }

    /// <summary>A separated list from its elements and separators in order: element, separator, element, … (a trailing separator is allowed).</summary>
    /// <typeparam name="TNode">The type of the elements.</typeparam>
    /// <param name="nodesAndSeparators">Elements of type <typeparamref name="TNode"/> at even positions, tokens at odd ones.</param>
    /// <returns>The list, the root of its own tree.</returns>
    /// <exception cref="ArgumentException">The sequence does not alternate between elements and tokens.</exception>
    public static SeparatedSyntaxList<TNode> SeparatedList<TNode>(IEnumerable<SyntaxNodeOrToken> nodesAndSeparators) where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(nodesAndSeparators);
        var green = new List<GreenNode>();
        foreach (var item in nodesAndSeparators)
        {
            if (green.Count % 2 == 0)
            {
                if (item.AsNode() is not TNode node)
                    throw new ArgumentException($"Item {green.Count} must be a {typeof(TNode).Name}, not {item.Kind}.", nameof(nodesAndSeparators));
                green.Add(node.Green);
            }
            else
            {
                if (!item.IsToken)
                    throw new ArgumentException($"Item {green.Count} must be a separator token, not {item.Kind}.", nameof(nodesAndSeparators));
                green.Add(item.AsToken().Node!);
            }
        }

        return new SeparatedSyntaxList<TNode>(GreenList.Create(green).CreateRed(null, 0, null));
    }

    /// <summary>A separated list from its elements and the separators between them (one fewer, or as many for a trailing separator).</summary>
    /// <typeparam name="TNode">The type of the elements.</typeparam>
    /// <param name="nodes">The elements, in order.</param>
    /// <param name="separators">The separators, in order.</param>
    /// <returns>The list, the root of its own tree.</returns>
    /// <exception cref="ArgumentException">The number of separators does not fit the number of elements, or a separator is <c>default</c>.</exception>
    public static SeparatedSyntaxList<TNode> SeparatedList<TNode>(IEnumerable<TNode> nodes, IEnumerable<SyntaxToken> separators) where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(separators);
        var nodeList = nodes.ToList();
        var separatorList = separators.ToList();
        if (separatorList.Count != nodeList.Count && separatorList.Count != nodeList.Count - 1)
            throw new ArgumentException($"{nodeList.Count} elements take {Math.Max(nodeList.Count - 1, 0)} or {nodeList.Count} separators, not {separatorList.Count}.", nameof(separators));
        var items = new List<SyntaxNodeOrToken>(nodeList.Count + separatorList.Count);
        for (int i = 0; i < nodeList.Count; i++)
        {
            if (nodeList[i] is null) throw new ArgumentNullException(nameof(nodes), "A list element is null.");
            items.Add(nodeList[i]);
            if (i < separatorList.Count)
            {
                if (separatorList[i].Node is null) throw new ArgumentException("A separator is default.", nameof(separators));
                items.Add(separatorList[i]);
            }
        }

        return SeparatedList<TNode>(items);
    }

    private static string? FixedText(NixSyntaxKind kind) =>
        kind == NixSyntaxKind.EndOfFileToken ? string.Empty : SyntaxFacts.GetText(kind);

    private static SyntaxToken Wrap(GreenToken green) => new(null, green, 0, 0);
}

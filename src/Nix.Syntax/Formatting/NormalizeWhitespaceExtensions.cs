using Nix.Syntax.Formatting;

namespace Nix.Syntax;

/// <summary>Layout of trees built in code (Roslyn's <c>NormalizeWhitespace</c>).</summary>
public static class NormalizeWhitespaceExtensions
{
    /// <summary>
    /// A copy of <paramref name="node"/> with all whitespace and line ends replaced by a layout in nixfmt's style
    /// (RFC 166): 2-space indentation, non-empty attribute sets and <c>let</c> bindings one per line, <c>{ }</c> and
    /// <c>[ ]</c> when empty, lists on one line unless they hold more than one non-trivial element or do not fit in 100
    /// columns, spaces around binary operators, <c>x: body</c>, and a formal-set lambda's body on the next line.
    /// Comments are kept, each on its own line or at the end of its line. Tokens are never pasted into others
    /// (see <see cref="TokenSeparation"/>). The tree is not otherwise changed: the result <c>IsEquivalentTo</c> the input.
    /// </summary>
    /// <typeparam name="TNode">The type of the node.</typeparam>
    /// <param name="node">The node to lay out.</param>
    /// <param name="indentation">One level of indentation.</param>
    /// <param name="endOfLine">The line end to use.</param>
    /// <returns>The laid-out node, the root of its own tree.</returns>
    /// <exception cref="ArgumentException"><paramref name="indentation"/> is not spaces and tabs, or <paramref name="endOfLine"/> is not a line end.</exception>
    public static TNode NormalizeWhitespace<TNode>(this TNode node, string indentation = "  ", string endOfLine = "\n") where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(indentation);
        if (indentation.Any(c => c is not (' ' or '\t'))) throw new ArgumentException("Indentation is spaces and tabs.", nameof(indentation));
        if (endOfLine is not ("\n" or "\r\n")) throw new ArgumentException("A line end is \"\\n\" or \"\\r\\n\".", nameof(endOfLine));
        var green = SyntaxNormalizer.Normalize(node, indentation, endOfLine);
        return (TNode)green.CreateRed(null, 0, null);
    }
}

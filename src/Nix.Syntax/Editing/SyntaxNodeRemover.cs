using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

/// <summary>
/// Plans and makes a removal of nodes. A removed list element takes a separator along as the separated-list
/// rebuild does (the one after it, or the one before when it was last). The trivia to keep, by the options, is
/// the leading trivia of what is removed first and the trailing trivia of what is removed last; it moves to the
/// front of the leading trivia of the next token that stays (Roslyn's "residual trivia"), or to the end of the
/// result when nothing follows.
/// </summary>
internal static class SyntaxNodeRemover
{
    /// <summary>One removed node or separator, with the kept trivia it contributes.</summary>
    private sealed record Piece(int Start, int End, List<GreenNode> Kept);

    public static SyntaxNode? Remove(SyntaxNode root, IEnumerable<SyntaxNode> nodes, SyntaxRemoveOptions options)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var removed = new HashSet<SyntaxNode>(ReferenceEqualityComparer.Instance);
        foreach (var node in nodes)
        {
            ArgumentNullException.ThrowIfNull(node, nameof(nodes));
            removed.Add(node);
        }

        if (removed.Count == 0) return root;
        if (removed.Contains(root)) return null;

        // A node inside another removed node goes with it; its trivia is not kept twice.
        var outermost = removed.Where(node => !node.Ancestors().TakeWhile(a => !ReferenceEquals(a, root)).Any(removed.Contains)).ToList();

        var pieces = new List<Piece>();
        foreach (var group in outermost.GroupBy(node => node.Parent!, ReferenceEqualityComparer.Instance))
            AddPieces((SyntaxNode)group.Key!, group.ToHashSet(ReferenceEqualityComparer.Instance), options, pieces);
        pieces.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

        var replacer = new SyntaxReplacer(root);
        foreach (var node in outermost) replacer.ReplaceNode(node, _ => []);

        var pending = new List<GreenNode>();
        for (int k = 0; k < pieces.Count; k++)
        {
            pending.AddRange(pieces[k].Kept);
            if (pending.Count == 0) continue;
            int end = pieces[k].End;
            if (end >= root.FullSpan.End && root is not SourceFileSyntax) continue;
            var next = root.FindToken(end);
            if (next.Node is null) continue;
            if (k + 1 < pieces.Count && pieces[k + 1].Start <= next.Position && next.Position < pieces[k + 1].End) continue;
            var moved = pending.ToList();
            pending.Clear();
            replacer.ReplaceToken(next, rewritten =>
            {
                var green = rewritten.Node!;
                var leading = moved.Concat(TriviaGreen.Items(green.LeadingTrivia)).ToList();
                return [GreenAnnotations.CarryOver(green, green.WithLeadingTrivia(TriviaGreen.FromGreens(leading)))];
            });
        }

        var result = replacer.Apply();
        if (result is null || pending.Count == 0) return result;
        // Nothing follows the last removal: the kept trivia ends the result, as in Roslyn.
        var last = result.GetLastTokenIncludingZeroWidth();
        if (last.Node is null) return result;
        var trailing = TriviaGreen.Items(last.Node.TrailingTrivia).Concat(pending).ToList();
        var newLast = SyntaxToken.Standalone((GreenToken)GreenAnnotations.CarryOver(last.Node, last.Node.WithTrailingTrivia(TriviaGreen.FromGreens(trailing))));
        return result.ReplaceToken(last, newLast);
    }

    /// <summary>The pieces removed from one parent: the nodes, and in a separated list the separators that go with them.</summary>
    private static void AddPieces(SyntaxNode parent, HashSet<object?> removed, SyntaxRemoveOptions options, List<Piece> pieces)
    {
        var green = parent.Green;
        for (int slot = 0; slot < green.SlotCount; slot++)
        {
            var child = green.GetSlot(slot);
            if (child is null) continue;
            if (child is not GreenList list)
            {
                if (!child.IsToken && parent.GetRed(slot) is { } node && removed.Contains(node))
                    pieces.Add(Unit(node, node, options));
                continue;
            }

            var listNode = parent.GetRed(slot)!;
            bool separated = SyntaxShapes.TryGetShape(parent.Kind, out var shape) && shape.Slots[slot].Kind == SyntaxSlotKind.SeparatedList;
            // The same walk as the separated-list rebuild, so that the separators planned here are those it drops.
            var output = new List<int>();
            bool skipSeparator = false;
            for (int i = 0, n = list.SlotCount; i < n; i++)
            {
                if (separated && i % 2 == 1)
                {
                    if (skipSeparator) skipSeparator = false;
                    else output.Add(i);
                    continue;
                }

                var element = listNode.GetRed(i)!;
                if (!removed.Contains(element))
                {
                    output.Add(i);
                    continue;
                }

                if (!separated)
                {
                    pieces.Add(Unit(element, element, options));
                }
                else if (i + 1 < n)
                {
                    skipSeparator = true;
                    pieces.Add(Unit(element, listNode.GetToken(i + 1), options));
                }
                else if (output.Count > 0 && output[^1] % 2 == 1)
                {
                    var separator = listNode.GetToken(output[^1]);
                    output.RemoveAt(output.Count - 1);
                    pieces.Add(Unit(separator, element, options));
                }
                else
                {
                    pieces.Add(Unit(element, element, options));
                }
            }
        }
    }

    /// <summary>What is removed from <paramref name="first"/> to <paramref name="last"/> (one node, or a node and its separator).</summary>
    private static Piece Unit(SyntaxNodeOrToken first, SyntaxNodeOrToken last, SyntaxRemoveOptions options)
    {
        var kept = new List<GreenNode>();
        Keep(Leading(first), (options & SyntaxRemoveOptions.KeepLeadingTrivia) != 0, options, kept);
        Keep(Trailing(last), (options & SyntaxRemoveOptions.KeepTrailingTrivia) != 0, options, kept);
        int start = Math.Min(first.FullSpan.Start, last.FullSpan.Start);
        int end = Math.Max(first.FullSpan.End, last.FullSpan.End);
        return new Piece(start, end, kept);
    }

    private static void Keep(SyntaxTriviaList trivia, bool keepAll, SyntaxRemoveOptions options, List<GreenNode> kept)
    {
        if (keepAll)
        {
            foreach (var item in trivia) kept.Add(item.Node!);
        }
        else if ((options & SyntaxRemoveOptions.KeepEndOfLine) != 0 && trivia.FirstOrDefault(t => t.IsKind(NixSyntaxKind.EndOfLineTrivia)) is { Node: { } endOfLine })
        {
            kept.Add(endOfLine);
        }
    }

    private static SyntaxTriviaList Leading(SyntaxNodeOrToken item) => item.AsNode()?.GetLeadingTrivia() ?? item.AsToken().LeadingTrivia;

    private static SyntaxTriviaList Trailing(SyntaxNodeOrToken item) => item.AsNode()?.GetTrailingTrivia() ?? item.AsToken().TrailingTrivia;
}

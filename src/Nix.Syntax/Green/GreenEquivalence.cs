namespace Nix.Syntax.InternalSyntax;

/// <summary>Structural equality of green trees with trivia ignored; an explicit stack, not recursion.</summary>
internal static class GreenEquivalence
{
    public static bool AreEquivalent(GreenNode left, GreenNode right)
    {
        var stack = new Stack<(GreenNode, GreenNode)>();
        stack.Push((left, right));
        while (stack.Count > 0)
        {
            var (a, b) = stack.Pop();
            if (ReferenceEquals(a, b)) continue;
            if (a.Kind != b.Kind) return false;
            if (a is GreenToken ta)
            {
                if (b is not GreenToken tb || ta.Text != tb.Text || ta.IsMissing != tb.IsMissing) return false;
                continue;
            }
            if (a.SlotCount != b.SlotCount) return false;
            for (int i = 0; i < a.SlotCount; i++)
            {
                var ca = a.GetSlot(i);
                var cb = b.GetSlot(i);
                if (ca is null || cb is null)
                {
                    // An empty list and an absent one are the same; an absent token and a missing one are not.
                    if (IsEmpty(ca) && IsEmpty(cb)) continue;
                    return false;
                }
                stack.Push((ca, cb));
            }
        }
        return true;
    }

    private static bool IsEmpty(GreenNode? node) => node is null || (node.IsList && node.SlotCount == 0);
}

using System.Runtime.CompilerServices;
using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

/// <summary>
/// Prints a green tree with all its trivia straight into a string of the tree's full width, known from its
/// root: no builder to grow and no copy at the end, which matters for a tree of a million bindings. The walk
/// keeps one frame per level (a node and its next slot), not one entry per pending child, so a list of a
/// million children costs no stack, and a tree a million levels deep costs no thread stack.
/// </summary>
internal static class FullTextPrinter
{
    /// <summary>The text of <paramref name="root"/> with all trivia.</summary>
    public static string Print(GreenNode root)
    {
        if (root.FullWidth == 0) return string.Empty;
        return string.Create(root.FullWidth, root, static (span, node) =>
        {
            int written = Write(node, span);
            if (written != span.Length)
                throw new InvalidOperationException($"Internal error: a tree of full width {span.Length} printed {written} characters.");
        });
    }

    private static int Write(GreenNode root, Span<char> span)
    {
        int position = 0;
        if (IsLeaf(root)) return WriteLeaf(root, span, position);
        var frames = new Frame[16];
        int top = 0;
        frames[0] = new Frame(root);
        while (top >= 0)
        {
            ref var frame = ref frames[top];
            if (frame.Next == frame.Node.SlotCount)
            {
                top--;
                continue;
            }
            // A slot made on first read (an attribute path's one-item list) has the text of what it would wrap: print
            // that without making the slot. (A lazy list's item not yet made is made for this print only.)
            var child = frame.Node.PeekSlot(frame.Next++);
            if (child is null || child.FullWidth == 0) continue;
            if (IsLeaf(child))
            {
                position = WriteLeaf(child, span, position);
                continue;
            }
            if (++top == frames.Length) Array.Resize(ref frames, frames.Length * 2);
            frames[top] = new Frame(child);
        }
        return position;
    }

    private static int WriteLeaf(GreenNode leaf, Span<char> span, int position)
    {
        if (leaf.IsTrivia) return Append(Unsafe.As<GreenTrivia>(leaf).TextSpan, span, position);
        var token = Unsafe.As<GreenToken>(leaf);
        position = WriteTrivia(token.LeadingTrivia, span, position);
        position = Append(token.TextSpan, span, position);
        return WriteTrivia(token.TrailingTrivia, span, position);
    }

    // A token's trivia: null, one trivia, or a list of them.
    private static int WriteTrivia(GreenNode? trivia, Span<char> span, int position)
    {
        if (trivia is null) return position;
        if (trivia.IsTrivia) return Append(Unsafe.As<GreenTrivia>(trivia).TextSpan, span, position);
        for (int i = 0, n = trivia.SlotCount; i < n; i++) position = Append(Unsafe.As<GreenTrivia>(trivia.GetSlot(i)!).TextSpan, span, position);
        return position;
    }

    // From the kind, not a type test: only tokens have token kinds and only trivia trivia kinds, and a kind test
    // costs no walk of the class hierarchy (GreenTrivia has a subclass).
    private static bool IsLeaf(GreenNode node) => node.IsToken || node.IsTrivia;

    private static int Append(ReadOnlySpan<char> text, Span<char> span, int position)
    {
        // Only a node whose width disagrees with its text (a lazy list's item made for this print) could overflow.
        if (text.Length > span.Length - position)
            throw new InvalidOperationException($"Internal error: a tree of full width {span.Length} prints more characters.");
        text.CopyTo(span[position..]);
        return position + text.Length;
    }

    private record struct Frame(GreenNode Node)
    {
        public int Next;
    }
}

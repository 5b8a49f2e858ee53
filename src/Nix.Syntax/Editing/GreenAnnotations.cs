using System.Runtime.CompilerServices;
using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

/// <summary>
/// Where annotations live: a weak table keyed by green instance, as Roslyn keeps them, so nodes carry no
/// field for them. Green nodes are shared (the parser's cache makes one instance serve many places), so an
/// annotation is only ever attached to a fresh copy made here: annotating one occurrence never annotates
/// another, and the parser's shared nodes are never touched.
/// </summary>
internal static class GreenAnnotations
{
    private static readonly ConditionalWeakTable<GreenNode, SyntaxAnnotation[]> s_table = new();

    /// <summary>The annotations of this very instance (none when its flag is clear).</summary>
    public static SyntaxAnnotation[] Get(GreenNode green) =>
        green.HasAnnotations && s_table.TryGetValue(green, out var annotations) ? annotations : [];

    /// <summary>A fresh copy of <paramref name="green"/> carrying exactly <paramref name="annotations"/>.</summary>
    public static GreenNode WithAnnotations(GreenNode green, SyntaxAnnotation[] annotations)
    {
        var copy = Copy(green);
        Attach(copy, annotations);
        return copy;
    }

    /// <summary>
    /// Gives <paramref name="rebuilt"/>, a fresh node built to stand for <paramref name="original"/> after an
    /// edit below it, the annotations of the original, so that an annotated node stays findable.
    /// </summary>
    public static GreenNode CarryOver(GreenNode original, GreenNode rebuilt)
    {
        if (original.HasAnnotations && !ReferenceEquals(original, rebuilt)) Attach(rebuilt, Get(original));
        return rebuilt;
    }

    private static void Attach(GreenNode fresh, SyntaxAnnotation[] annotations)
    {
        if (annotations.Length == 0) return;
        s_table.AddOrUpdate(fresh, annotations);
        fresh.MarkAnnotated();
    }

    /// <summary>A new instance equal to <paramref name="green"/>: same kind, text, trivia and children.</summary>
    private static GreenNode Copy(GreenNode green)
    {
        switch (green)
        {
            case GreenToken token:
                // Always a new instance, never a shared bare token.
                return token.WithLeadingTrivia(token.LeadingTrivia);
            case GreenSyntaxNode:
                var slots = new GreenNode?[green.SlotCount];
                for (int i = 0; i < slots.Length; i++) slots[i] = green.GetSlot(i);
                return GreenSyntaxNode.Create(green.Kind, slots);
            default:
                throw new InvalidOperationException($"A {green.Kind} cannot carry annotations; annotate a node or a token.");
        }
    }
}

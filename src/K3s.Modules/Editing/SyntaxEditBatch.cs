using Nix.Syntax;

namespace K3s.Modules.Editing;

/// <summary>
/// The edits of one file, made on its syntax tree in one go: every target node is annotated first, then each
/// edit finds its node again by annotation, so edits nested in one another (a value changed inside a binding
/// that a new binding follows) do not lose track of each other.
/// </summary>
internal sealed class SyntaxEditBatch
{
    private readonly Dictionary<SyntaxNode, TargetEdit> _edits = new(SameNode.Instance);

    public SyntaxEditBatch(SyntaxNode root) => Root = root;

    /// <summary>The original root.</summary>
    public SyntaxNode Root { get; }

    public bool IsEmpty => _edits.Count == 0;

    /// <summary>Replaces <paramref name="target"/> by what <paramref name="replace"/> makes of its current form.</summary>
    public void Replace(SyntaxNode target, Func<SyntaxNode, SyntaxNode> replace) => Edit(target).Replace = replace;

    /// <summary>Inserts <paramref name="nodes"/> after <paramref name="anchor"/>, an element of a list (after earlier insertions).</summary>
    public void InsertAfter(SyntaxNode anchor, IEnumerable<SyntaxNode> nodes) => Edit(anchor).After.AddRange(nodes);

    /// <summary>Removes <paramref name="target"/> with its trivia (its comments and its line).</summary>
    public void Remove(SyntaxNode target) => Edit(target).Remove = true;

    /// <summary>Whether <paramref name="node"/> is already to be removed.</summary>
    public bool IsRemoved(SyntaxNode node) => _edits.TryGetValue(node, out var edit) && edit.Remove;

    private TargetEdit Edit(SyntaxNode target)
    {
        if (!_edits.TryGetValue(target, out var edit)) _edits[target] = edit = new TargetEdit(new SyntaxAnnotation("nixk3s-edit"));
        return edit;
    }

    /// <summary>The edited root.</summary>
    public SyntaxNode Apply()
    {
        var root = Root.ReplaceNodes(_edits.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(_edits[original].Annotation));
        foreach (var edit in _edits.Values)
        {
            var current = root.GetAnnotatedNodes(edit.Annotation).FirstOrDefault();
            if (current is null) continue; // inside a node removed by another edit
            if (edit.Remove)
            {
                root = root.RemoveNode(current, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
                continue;
            }
            var replaced = edit.Replace?.Invoke(current) ?? current;
            root = edit.After.Count == 0 ? root.ReplaceNode(current, replaced) : root.ReplaceNode(current, [replaced, .. edit.After]);
        }
        return root;
    }

    // Red nodes may be made afresh on each walk: a node is known by its kind and span.
    private sealed class SameNode : IEqualityComparer<SyntaxNode>
    {
        public static SameNode Instance { get; } = new();

        public bool Equals(SyntaxNode? x, SyntaxNode? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Kind == y.Kind && x.FullSpan == y.FullSpan && x.Span == y.Span);

        public int GetHashCode(SyntaxNode obj) => HashCode.Combine(obj.Kind, obj.FullSpan.Start, obj.FullSpan.Length, obj.Span.Start);
    }

    private sealed class TargetEdit(SyntaxAnnotation annotation)
    {
        public SyntaxAnnotation Annotation { get; } = annotation;

        public Func<SyntaxNode, SyntaxNode>? Replace { get; set; }

        public List<SyntaxNode> After { get; } = [];

        public bool Remove { get; set; }
    }
}

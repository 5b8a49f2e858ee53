using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

/// <summary>
/// The engine behind every edit: given the nodes, tokens and trivia to replace below a root, rebuilds only the
/// spines from those places up to the root and shares every other green node with the original tree.
/// <para>
/// Targets are registered by walking up their parents until a place already registered is met, which builds a
/// tree of edits (a trie of paths). That tree is then evaluated bottom-up with an explicit stack, so an edit at
/// the bottom of a tree a million levels deep neither recurses nor walks any spine twice. A replacement is
/// computed after the edits below it, as Roslyn's <c>ReplaceNodes</c> promises (the "rewritten" argument).
/// </para>
/// </summary>
internal sealed class SyntaxReplacer
{
    // Trivia steps: leading trivia at their index, trailing trivia after this base.
    private const int TrailingTriviaBase = 1 << 24;

    private readonly SyntaxNode _root;
    private readonly Edit _rootEdit;
    private readonly Dictionary<EditKey, Edit> _edits = [];

    public SyntaxReplacer(SyntaxNode root)
    {
        _root = root;
        _rootEdit = new Edit(root.Green);
        _edits[KeyOf(root)] = _rootEdit;
    }

    /// <summary>Identifies one place of the red tree: a node by itself, a token or trivia by its parent, position and green.</summary>
    private readonly record struct EditKey(object Anchor, int Position, GreenNode Green);

    /// <summary>One place of the tree that changes or has changes below it.</summary>
    private sealed class Edit(GreenNode green)
    {
        public GreenNode Green { get; } = green;

        /// <summary>The slot (or list index, or trivia step) in the parent edit's green node.</summary>
        public int Step { get; set; }

        /// <summary>The shape of the parent's slot this edit is in (or, for a list element, the list's slot).</summary>
        public SyntaxSlotShape? Slot { get; set; }

        /// <summary>Whether the replacement may be any number of nodes, which only a list can take.</summary>
        public bool MustBeInList { get; set; }

        public List<Edit>? Children { get; private set; }

        /// <summary>Computes what replaces this place from its rewritten green (the original when nothing below changed).</summary>
        public Func<GreenNode, IReadOnlyList<GreenNode>>? Replace { get; set; }

        public IReadOnlyList<GreenNode>? Result { get; set; }

        public void Add(Edit child) => (Children ??= []).Add(child);

        public void Release() => Children = null;
    }

    /// <summary>Replaces <paramref name="node"/> by what <paramref name="compute"/> returns for its rewritten form.</summary>
    public void ReplaceNode(SyntaxNode node, Func<SyntaxNode, IReadOnlyList<GreenNode>> compute, bool mayBeSeveral = false)
    {
        ArgumentNullException.ThrowIfNull(node);
        var edit = NodeEdit(node);
        edit.MustBeInList |= mayBeSeveral;
        edit.Replace ??= green => compute(ReferenceEquals(green, node.Green) ? node : green.CreateRed(null, 0, null));
    }

    /// <summary>Replaces <paramref name="token"/> by what <paramref name="compute"/> returns for its rewritten form.</summary>
    public void ReplaceToken(SyntaxToken token, Func<SyntaxToken, IReadOnlyList<GreenNode>> compute)
    {
        var edit = TokenEdit(token);
        edit.Replace ??= green => compute(ReferenceEquals(green, token.Node) ? token : SyntaxToken.Standalone((GreenToken)green));
    }

    /// <summary>Replaces <paramref name="trivia"/> by what <paramref name="compute"/> returns (any number of trivia).</summary>
    public void ReplaceTrivia(SyntaxTrivia trivia, Func<SyntaxTrivia, IReadOnlyList<GreenNode>> compute)
    {
        if (trivia.Node is null) throw new ArgumentException("The trivia is default.", nameof(trivia));
        var token = trivia.Token;
        var tokenEdit = TokenEdit(token);
        var key = new EditKey(token.Parent!, trivia.Position, trivia.Node);
        if (!_edits.TryGetValue(key, out var edit))
        {
            edit = new Edit(trivia.Node) { Step = TriviaStep(trivia) };
            _edits[key] = edit;
            tokenEdit.Add(edit);
        }

        edit.Replace ??= _ => compute(trivia);
    }

    /// <summary>Rebuilds the tree: the new root, the original root when nothing changed, or null when the root was removed.</summary>
    public SyntaxNode? Apply()
    {
        var stack = new Stack<(Edit Edit, bool ChildrenDone)>();
        stack.Push((_rootEdit, false));
        while (stack.Count > 0)
        {
            var (edit, childrenDone) = stack.Pop();
            if (!childrenDone && edit.Children is { Count: > 0 } children)
            {
                stack.Push((edit, true));
                foreach (var child in children) stack.Push((child, false));
                continue;
            }

            var rewritten = edit.Children is { Count: > 0 } ? Rebuild(edit) : edit.Green;
            edit.Result = edit.Replace is null ? [rewritten] : edit.Replace(rewritten);
            // Children are done with: let a long spine be collected as the evaluation climbs.
            foreach (var child in edit.Children ?? []) child.Result = null;
            edit.Release();
        }

        var result = _rootEdit.Result!;
        return result.Count switch
        {
            0 => null,
            1 when ReferenceEquals(result[0], _root.Green) => _root,
            1 when !result[0].IsToken && !result[0].IsTrivia && !result[0].IsList => result[0].CreateRed(null, 0, null),
            _ => throw new InvalidOperationException("The root of a tree must be replaced by exactly one node."),
        };
    }

    // ---- Registering targets ----

    private static EditKey KeyOf(SyntaxNode node) => new(node, node.Position, node.Green);

    private Edit NodeEdit(SyntaxNode node)
    {
        if (_edits.TryGetValue(KeyOf(node), out var existing)) return existing;
        var edit = new Edit(node.Green);
        _edits[KeyOf(node)] = edit;
        Attach(edit, node.Parent, node.Position);
        return edit;
    }

    private Edit TokenEdit(SyntaxToken token)
    {
        if (token.Node is null) throw new ArgumentException("The token is default (an absent token).", nameof(token));
        if (token.Parent is null) throw NotInTree();
        var key = new EditKey(token.Parent, token.Position, token.Node);
        if (_edits.TryGetValue(key, out var existing)) return existing;
        var edit = new Edit(token.Node);
        _edits[key] = edit;
        Attach(edit, token.Parent, token.Position);
        return edit;
    }

    /// <summary>Hooks <paramref name="child"/> under its parent, and the parent under its own, up to a place already known.</summary>
    private void Attach(Edit child, SyntaxNode? parent, int position)
    {
        while (true)
        {
            if (parent is null) throw NotInTree();
            var (slot, index) = Locate(parent, child.Green, position);
            var slotShape = SlotShape(parent, slot);
            var parentKey = KeyOf(parent);
            bool known = _edits.TryGetValue(parentKey, out var parentEdit);
            if (!known)
            {
                parentEdit = new Edit(parent.Green);
                _edits[parentKey] = parentEdit;
            }

            child.Slot = slotShape;
            if (index < 0)
            {
                child.Step = slot;
                parentEdit!.Add(child);
            }
            else
            {
                // The list level has no red parent of its own (elements point at the list's owner); key it by its place.
                var listGreen = parent.Green.GetSlot(slot)!;
                var listKey = new EditKey(parent, parent.Position + parent.Green.GetSlotOffset(slot), listGreen);
                if (!_edits.TryGetValue(listKey, out var listEdit))
                {
                    listEdit = new Edit(listGreen) { Step = slot, Slot = slotShape };
                    _edits[listKey] = listEdit;
                    parentEdit!.Add(listEdit);
                }

                child.Step = index;
                listEdit.Add(child);
            }

            if (known) return;
            child = parentEdit!;
            position = parent.Position;
            parent = parent.Parent;
        }
    }

    /// <summary>Where a child (by green and absolute position) sits in <paramref name="parent"/>: a slot, and an index when the slot is a list.</summary>
    private static (int Slot, int Index) Locate(SyntaxNode parent, GreenNode child, int position)
    {
        var green = parent.Green;
        int offset = position - parent.Position;
        for (int slot = 0, n = green.SlotCount; slot < n; slot++)
        {
            var item = green.GetSlot(slot);
            if (item is null) continue;
            int start = green.GetSlotOffset(slot);
            if (ReferenceEquals(item, child) && start == offset) return (slot, -1);
            if (item is GreenList list && offset >= start && offset <= start + list.FullWidth)
            {
                int index = IndexInList(list, child, offset - start);
                if (index >= 0) return (slot, index);
            }
        }

        throw NotInTree();
    }

    private static int IndexInList(GreenList list, GreenNode child, int offset)
    {
        if (list.SlotCount == 0) return -1;
        // Binary search on long lists; then look around, since zero-width items share an offset.
        int index = Math.Max(list.FindSlotIndexContaining(offset), 0);
        while (index > 0 && list.GetSlotOffset(index) >= offset) index--;
        for (; index < list.SlotCount && list.GetSlotOffset(index) <= offset; index++)
        {
            if (ReferenceEquals(list.GetSlot(index), child) && list.GetSlotOffset(index) == offset) return index;
        }

        return -1;
    }

    private static int TriviaStep(SyntaxTrivia trivia)
    {
        int index = 0;
        foreach (var item in trivia.Token.LeadingTrivia)
        {
            if (item == trivia) return index;
            index++;
        }

        index = 0;
        foreach (var item in trivia.Token.TrailingTrivia)
        {
            if (item == trivia) return TrailingTriviaBase + index;
            index++;
        }

        throw NotInTree();
    }

    private static SyntaxSlotShape? SlotShape(SyntaxNode parent, int slot) =>
        SyntaxShapes.TryGetShape(parent.Kind, out var shape) && slot < shape.Slots.Count ? shape.Slots[slot] : null;

    private static ArgumentException NotInTree() => new("The node, token or trivia is not part of the tree being edited.");

    // ---- Rebuilding ----

    private static GreenNode Rebuild(Edit edit)
    {
        var children = edit.Children!;
        children.Sort((a, b) => a.Step.CompareTo(b.Step));
        if (edit.Green is GreenToken token) return RebuildToken(token, children);
        if (edit.Green is GreenList list)
        {
            return edit.Slot?.Kind == SyntaxSlotKind.SeparatedList
                ? RebuildSeparatedList(list, edit.Slot, children)
                : RebuildList(list, edit.Slot, children);
        }

        var green = edit.Green;
        var slots = new GreenNode?[green.SlotCount];
        for (int i = 0; i < slots.Length; i++) slots[i] = green.GetSlot(i);
        bool changed = false;
        foreach (var child in children)
        {
            if (child.MustBeInList)
                throw new InvalidOperationException($"Only an element of a list can be replaced by several nodes, or have nodes inserted next to it; {child.Slot?.Name ?? "this"} of a {green.Kind} is not in a list.");
            var result = child.Result!;
            if (result.Count > 1)
                throw new InvalidOperationException($"{child.Slot?.Name ?? "A slot"} of a {green.Kind} holds one node or token, not {result.Count}.");
            var value = result.Count == 0 ? null : result[0];
            if (ReferenceEquals(value, slots[child.Step])) continue;
            CheckSlot(green.Kind, child.Slot, value);
            slots[child.Step] = value;
            changed = true;
        }

        return changed ? GreenAnnotations.CarryOver(green, GreenSyntaxNode.Create(green.Kind, slots)) : green;
    }

    private static GreenNode RebuildList(GreenList list, SyntaxSlotShape? slot, List<Edit> children)
    {
        var items = new List<GreenNode>(list.SlotCount + children.Count);
        int next = 0;
        for (int i = 0, n = list.SlotCount; i < n; i++)
        {
            if (next < children.Count && children[next].Step == i)
            {
                foreach (var item in children[next++].Result!)
                {
                    CheckElement(slot, item);
                    items.Add(item);
                }
            }
            else
            {
                items.Add(list.GetSlot(i)!);
            }
        }

        return SameItems(list, items) ? list : GreenList.Create(items);
    }

    /// <summary>
    /// Rebuilds a separated list. An element replaced by several gets separators between them (copies of its
    /// neighbouring separator); a removed element takes the separator after it along, or the one before it when it
    /// was last (Roslyn's rule, which keeps a trailing separator where there was one).
    /// </summary>
    private static GreenNode RebuildSeparatedList(GreenList list, SyntaxSlotShape slot, List<Edit> children)
    {
        var output = new List<GreenNode>(list.SlotCount + 2 * children.Count);
        int next = 0;
        bool skipSeparator = false;
        for (int i = 0, n = list.SlotCount; i < n; i++)
        {
            var original = list.GetSlot(i)!;
            IReadOnlyList<GreenNode> result = next < children.Count && children[next].Step == i ? children[next++].Result! : [original];
            if (i % 2 == 1)
            {
                if (skipSeparator)
                {
                    skipSeparator = false;
                    continue;
                }

                foreach (var separator in result)
                {
                    if (separator is not GreenToken || !slot.TokenKinds.Contains(separator.Kind))
                        throw new InvalidOperationException($"A separator of {slot.Name} must be a token of kind {string.Join(" or ", slot.TokenKinds)}, not {separator.Kind}.");
                }

                output.AddRange(result);
                continue;
            }

            if (result.Count == 0)
            {
                if (i + 1 < n) skipSeparator = true;
                else if (output.Count > 0 && output[^1].IsToken) output.RemoveAt(output.Count - 1);
                continue;
            }

            for (int r = 0; r < result.Count; r++)
            {
                CheckElement(slot, result[r]);
                if (r > 0) output.Add(SeparatorNear(list, i, slot));
                output.Add(result[r]);
            }
        }

        return SameItems(list, output) ? list : GreenList.Create(output);
    }

    private static GreenNode SeparatorNear(GreenList list, int index, SyntaxSlotShape slot)
    {
        if (index + 1 < list.SlotCount) return list.GetSlot(index + 1)!;
        if (index > 0) return list.GetSlot(index - 1)!;
        var kind = slot.TokenKinds[0];
        return GreenToken.Create(kind, SyntaxFacts.GetText(kind) ?? throw new InvalidOperationException($"No text for separator {kind}."));
    }

    private static bool SameItems(GreenList list, List<GreenNode> items)
    {
        if (items.Count != list.SlotCount) return false;
        for (int i = 0; i < items.Count; i++)
            if (!ReferenceEquals(items[i], list.GetSlot(i))) return false;
        return true;
    }

    private static GreenNode RebuildToken(GreenToken token, List<Edit> children)
    {
        var leading = TriviaGreen.Items(token.LeadingTrivia);
        var trailing = TriviaGreen.Items(token.TrailingTrivia);
        var newLeading = Splice(leading, children, 0);
        var newTrailing = Splice(trailing, children, TrailingTriviaBase);
        var rebuilt = token.WithLeadingTrivia(TriviaGreen.FromGreens(newLeading)).WithTrailingTrivia(TriviaGreen.FromGreens(newTrailing));
        return GreenAnnotations.CarryOver(token, rebuilt);
    }

    private static List<GreenNode> Splice(List<GreenNode> items, List<Edit> children, int stepBase)
    {
        var output = new List<GreenNode>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            var edit = children.Find(c => c.Step == stepBase + i);
            if (edit is null)
            {
                output.Add(items[i]);
                continue;
            }

            foreach (var trivia in edit.Result!)
            {
                if (!trivia.IsTrivia) throw new InvalidOperationException($"Trivia can only be replaced by trivia, not by {trivia.Kind}.");
                output.Add(trivia);
            }
        }

        return output;
    }

    private static void CheckSlot(NixSyntaxKind parentKind, SyntaxSlotShape? slot, GreenNode? value)
    {
        if (slot is null) return;
        if (value is null)
        {
            if (!slot.IsOptional) throw new InvalidOperationException($"{slot.Name} of a {parentKind} is required; it cannot be removed.");
            return;
        }

        switch (slot.Kind)
        {
            case SyntaxSlotKind.Token:
                if (value is not GreenToken || !slot.TokenKinds.Contains(value.Kind))
                    throw new InvalidOperationException($"{slot.Name} of a {parentKind} must be a token of kind {string.Join(" or ", slot.TokenKinds)}, not {value.Kind}.");
                break;
            case SyntaxSlotKind.Node:
                CheckNodeType(slot, value);
                break;
        }
    }

    private static void CheckElement(SyntaxSlotShape? slot, GreenNode value)
    {
        if (slot is null) return;
        CheckNodeType(slot, value);
    }

    private static void CheckNodeType(SyntaxSlotShape slot, GreenNode value)
    {
        if (value.IsToken || value.IsTrivia || value.IsList || !SyntaxShapes.TryGetShape(value.Kind, out var shape) || !slot.NodeType!.IsAssignableFrom(shape.Type))
            throw new InvalidOperationException($"{slot.Name} holds a {slot.NodeTypeName}, not a {value.Kind}.");
    }
}

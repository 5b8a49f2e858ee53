namespace Nix.Syntax.InternalSyntax;

/// <summary>
/// A green node of a typed kind (an expression, a binding, an attribute path, …). Its slots follow the
/// field order of the kind's node in NixSyntax.xml; an absent optional field is a null slot and an absent
/// list is an empty <see cref="GreenList"/>.
/// </summary>
internal sealed class GreenSyntaxNode : GreenNode
{
    private readonly GreenNode?[] _slots;

    private GreenSyntaxNode(NixSyntaxKind kind, GreenNode?[] slots, int fullWidth, GreenFlags flags)
        : base(kind, fullWidth, flags)
    {
        _slots = slots;
    }

    public static GreenSyntaxNode Create(NixSyntaxKind kind, params GreenNode?[] slots)
    {
        int width = 0;
        var flags = GreenFlags.None;
        foreach (var slot in slots)
        {
            if (slot is null) continue;
            width += slot.FullWidth;
            flags |= InheritedFlags(slot);
        }
        return new GreenSyntaxNode(kind, slots, width, flags);
    }

    public override int SlotCount => _slots.Length;

    public override GreenNode? GetSlot(int index) => _slots[index];

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position, NixSyntaxTree? tree) =>
        SyntaxNode.CreateTyped(this, parent, position, tree);
}

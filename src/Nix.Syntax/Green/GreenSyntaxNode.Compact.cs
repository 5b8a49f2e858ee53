namespace Nix.Syntax.InternalSyntax;

internal abstract partial class GreenSyntaxNode
{
    /// <summary>
    /// A string or indented string of one text piece (<c>"x86_64-linux"</c>, most strings of a file): the
    /// open and close tokens and the text token, with the piece's <see cref="NixSyntaxKind.StringText"/> node and
    /// its one-item parts list made on first read. A parse keeps thousands of these; the two objects nothing
    /// reads would be a fifth of their bytes for the collector to copy.
    /// </summary>
    public static GreenSyntaxNode CreateStringOfOneText(NixSyntaxKind kind, GreenToken open, GreenToken text, GreenToken close) =>
        new StringOfOneText(kind, open, text, close, open.FullWidth + text.FullWidth + close.FullWidth,
            FlagsOf(open) | FlagsOf(text) | FlagsOf(close));

    /// <summary>
    /// A path of one piece (<c>../tools/foo</c>, <c>&lt;nixpkgs&gt;</c> aside): the path token, with its
    /// <see cref="NixSyntaxKind.StringText"/> node and one-item parts list made on first read.
    /// </summary>
    public static GreenSyntaxNode CreatePathOfOneText(GreenToken text) =>
        new OneWrappedToken(NixSyntaxKind.PathExpression, text, text.FullWidth, FlagsOf(text));

    /// <summary>
    /// An attribute path of one plain name (<c>version</c> in <c>version = "1.0";</c>, most binding names): the
    /// name's token, with its <see cref="NixSyntaxKind.IdentifierAttrName"/> node and the one-item list made on
    /// first read. A binding's name is usually written once in a file, so neither node would be shared.
    /// </summary>
    public static GreenSyntaxNode CreateAttrPathOfOneName(GreenToken name) =>
        new OneWrappedToken(NixSyntaxKind.AttrPath, name, name.FullWidth, FlagsOf(name));

    /// <summary>
    /// A binding <c>path = value;</c>; when its <c>=</c> and <c>;</c> are the shared tokens of the common layout
    /// (<see cref="GreenToken.EqualsSpace"/>, <see cref="GreenToken.SemicolonLineFeed"/>), a node that keeps only
    /// the path and the value: bindings are the most numerous nodes of a file after applications.
    /// </summary>
    public static GreenSyntaxNode CreateBinding(GreenNode path, GreenToken equals, GreenNode value, GreenToken semicolon) =>
        ReferenceEquals(equals, GreenToken.EqualsSpace) && ReferenceEquals(semicolon, GreenToken.SemicolonLineFeed)
            ? new BindingOfCommonLayout(path, value, path.FullWidth + equals.FullWidth + value.FullWidth + semicolon.FullWidth,
                FlagsOf(path) | FlagsOf(value))
            : Create(NixSyntaxKind.AttrPathValue, path, equals, value, semicolon);

    /// <summary>The list of one node of <paramref name="kind"/> around <paramref name="token"/>, as a parse would make it.</summary>
    private static GreenList ListOfOneWrapped(NixSyntaxKind kind, GreenToken token)
    {
        var item = Create(kind, token);
        var list = GreenList.Create(item);
        if (token.IsShared)
        {
            item.MarkShared();
            list.MarkShared();
        }
        return list;
    }

    private sealed class StringOfOneText(NixSyntaxKind kind, GreenToken open, GreenToken text, GreenToken close, int width, GreenFlags flags)
        : GreenSyntaxNode(kind, width, flags)
    {
        private GreenList? _parts;

        public override int SlotCount => 3;

        public override GreenNode? LazyItem => text;

        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => open,
            1 => _parts ?? Publish(ref _parts, ListOfOneWrapped(NixSyntaxKind.StringText, text)),
            2 => close,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public override GreenNode? PeekSlot(int index) => index == 1 ? text : GetSlot(index);
    }

    /// <summary>A path of one piece or an attribute path of one name: the token, its wrapper node and list made on first read.</summary>
    private sealed class OneWrappedToken(NixSyntaxKind kind, GreenToken token, int width, GreenFlags flags) : GreenSyntaxNode(kind, width, flags)
    {
        private GreenList? _list;

        public override int SlotCount => 1;

        public override GreenNode? LazyItem => token;

        public override GreenNode? GetSlot(int index) =>
            index == 0 ? _list ?? Publish(ref _list, ListOfOneWrapped(WrapperKind, token)) : throw new ArgumentOutOfRangeException(nameof(index));

        public override GreenNode? PeekSlot(int index) => index == 0 ? token : GetSlot(index);

        private NixSyntaxKind WrapperKind => Kind == NixSyntaxKind.AttrPath ? NixSyntaxKind.IdentifierAttrName : NixSyntaxKind.StringText;
    }

    private sealed class BindingOfCommonLayout(GreenNode path, GreenNode value, int width, GreenFlags flags)
        : GreenSyntaxNode(NixSyntaxKind.AttrPathValue, width, flags)
    {
        public override int SlotCount => 4;

        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => path,
            1 => GreenToken.EqualsSpace,
            2 => value,
            3 => GreenToken.SemicolonLineFeed,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }
}

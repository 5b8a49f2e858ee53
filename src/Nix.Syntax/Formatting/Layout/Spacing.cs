namespace Nix.Syntax.Formatting.Layout;

/// <summary>
/// White space between document texts, ordered by strength: consecutive spacings merge into the stronger one.
/// The soft kinds break only when what follows does not fit; the plain ones break when their group does.
/// </summary>
internal enum Spacing
{
    /// <summary>Nothing, or a line break when the rest of the line does not fit.</summary>
    Softbreak,

    /// <summary>Nothing, or a line break when the group is expanded.</summary>
    Break,

    /// <summary>Always one space.</summary>
    Hardspace,

    /// <summary>A space, or a line break when the rest of the line does not fit.</summary>
    Softspace,

    /// <summary>A space, or a line break when the group is expanded.</summary>
    Space,

    /// <summary>Always a line break.</summary>
    Hardline,

    /// <summary>Always a blank line.</summary>
    Emptyline,

    /// <summary>A given number of line breaks (see <see cref="DocSpacing.Count"/>).</summary>
    Newlines,
}

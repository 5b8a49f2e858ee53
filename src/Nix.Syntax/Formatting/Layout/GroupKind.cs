namespace Nix.Syntax.Formatting.Layout;

/// <summary>How the layout engine treats a group when it does not fit on one line.</summary>
internal enum GroupKind
{
    /// <summary>All of its breaks are taken together.</summary>
    Regular,

    /// <summary>
    /// Expanded first when its parent does not fit, so that what stands before and after it may stay on one
    /// line (the last argument of a call, the value of a binding).
    /// </summary>
    Priority,

    /// <summary>A regular group whose priority children belong to the parent's search.</summary>
    Transparent,
}

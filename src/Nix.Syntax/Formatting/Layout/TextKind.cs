namespace Nix.Syntax.Formatting.Layout;

/// <summary>What a piece of document text is, which decides how it counts toward the line width.</summary>
internal enum TextKind
{
    /// <summary>Code: counts toward the width.</summary>
    Regular,

    /// <summary>A comment: does not count toward the width.</summary>
    Comment,

    /// <summary>A single <c># …</c> comment at the end of a line.</summary>
    TrailingComment,

    /// <summary>Text printed only when its group is expanded (a trailing comma).</summary>
    Trailing,

    /// <summary>The start of a region left as written: nothing is printed from here to its raw text.</summary>
    DisableMarker,

    /// <summary>The raw text of a region left as written, printed exactly.</summary>
    Verbatim,

    /// <summary>The raw text of a region left open to the end of the file.</summary>
    VerbatimToEnd,
}

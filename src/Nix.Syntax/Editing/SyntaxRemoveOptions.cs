namespace Nix.Syntax;

/// <summary>What to do with the trivia around a removed node (Roslyn's <c>SyntaxRemoveOptions</c>).</summary>
[Flags]
public enum SyntaxRemoveOptions
{
    /// <summary>Drop all the trivia of the removed node (and of the separator removed with it).</summary>
    KeepNoTrivia = 0,

    /// <summary>Keep the trivia before the removed node: it moves to the front of the next token's leading trivia.</summary>
    KeepLeadingTrivia = 1,

    /// <summary>Keep the trivia after the removed node: it moves to the front of the next token's leading trivia.</summary>
    KeepTrailingTrivia = 2,

    /// <summary>Keep both the leading and the trailing trivia.</summary>
    KeepExteriorTrivia = KeepLeadingTrivia | KeepTrailingTrivia,

    /// <summary>When the leading or trailing trivia is dropped but held a line end, keep one line end in its place.</summary>
    KeepEndOfLine = 16,
}

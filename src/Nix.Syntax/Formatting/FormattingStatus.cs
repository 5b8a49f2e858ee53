namespace Nix.Syntax.Formatting;

/// <summary>What <see cref="NixFormatter"/> did with a file.</summary>
public enum FormattingStatus
{
    /// <summary>The text was reformatted: <see cref="FormattingResult.Text"/> differs from the input.</summary>
    Formatted,

    /// <summary>The text was already formatted.</summary>
    Unchanged,

    /// <summary>The file has syntax errors and <see cref="NixFormatterOptions.Force"/> was not set; left alone.</summary>
    SkippedSyntaxErrors,

    /// <summary>Verification found a problem with the formatted text; the original text is returned.</summary>
    VerificationFailed,
}

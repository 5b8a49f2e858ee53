namespace Nix.Syntax.Formatting;

/// <summary>The outcome of formatting one file.</summary>
/// <param name="Text">The formatted text, or the original text when the file was left alone.</param>
/// <param name="Status">What happened.</param>
/// <param name="Message">Why a file was left alone (null when it was formatted or unchanged).</param>
public sealed record FormattingResult(string Text, FormattingStatus Status, string? Message = null)
{
    /// <summary>Whether <see cref="Text"/> differs from the input.</summary>
    public bool Changed => Status == FormattingStatus.Formatted;
}

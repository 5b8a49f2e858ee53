namespace Nix.Syntax.Formatting;

/// <summary>Options of <see cref="NixFormatter"/>.</summary>
public sealed record NixFormatterOptions
{
    /// <summary>The default options: 2-space indentation, 100 columns, no force, no verification.</summary>
    public static NixFormatterOptions Default { get; } = new();

    /// <summary>Spaces per indentation level (2 in the RFC 166 style).</summary>
    public int IndentSize { get; init; } = 2;

    /// <summary>The line width the layout aims for (100 in the RFC 166 style).</summary>
    public int LineWidth { get; init; } = 100;

    /// <summary>Format a file even when it has syntax errors (by default it is left alone).</summary>
    public bool Force { get; init; }

    /// <summary>
    /// Check the result before returning it: it parses without errors, is equivalent to the input, formats to
    /// itself, and has every comment of the input exactly once. When a check fails, the original text is returned
    /// with <see cref="FormattingStatus.VerificationFailed"/>.
    /// </summary>
    public bool Verify { get; init; }
}

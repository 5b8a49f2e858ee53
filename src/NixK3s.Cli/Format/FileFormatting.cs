namespace NixK3s.Cli.Format;

/// <summary>What formatting one file gave.</summary>
internal enum FileFormattingStatus
{
    /// <summary>Already formatted.</summary>
    Unchanged,

    /// <summary>The formatted text differs.</summary>
    Changed,

    /// <summary>The file has syntax errors and was left alone.</summary>
    SyntaxErrors,

    /// <summary>--verify found that the formatted text does not mean the same; the file was left alone.</summary>
    VerificationFailed,

    /// <summary>The file could not be read.</summary>
    Unreadable,
}

/// <summary>The outcome for one file: its status, the new text when changed, and a detail for problems.</summary>
internal sealed record FileFormatting(string FullPath, FileFormattingStatus Status, string? NewText = null, string? Detail = null);

using Nix.Syntax.Formatting;
using NixK3s.Cli.Lint;

namespace NixK3s.Cli.Format;

/// <summary>The bridge from the CLI to Nix.Syntax's <see cref="NixFormatter"/>: one file in, one <see cref="FileFormatting"/> out.</summary>
internal static class NixFormatting
{
    /// <summary>Reads, parses and formats one file; never throws for I/O errors.</summary>
    /// <param name="verify">Ask the formatter to re-parse its output and compare the trees.</param>
    public static FileFormatting FormatFile(string fullPath, bool verify)
    {
        var file = ParsedFile.Read(fullPath);
        if (file.Tree is not { } tree) return new FileFormatting(fullPath, FileFormattingStatus.Unreadable, Detail: file.ReadError);
        var result = NixFormatter.Format(tree, new NixFormatterOptions { Verify = verify });
        return result.Status switch
        {
            FormattingStatus.Formatted when result.Text != tree.Text.Text => new FileFormatting(fullPath, FileFormattingStatus.Changed, result.Text),
            FormattingStatus.Formatted or FormattingStatus.Unchanged => new FileFormatting(fullPath, FileFormattingStatus.Unchanged),
            FormattingStatus.SkippedSyntaxErrors => new FileFormatting(fullPath, FileFormattingStatus.SyntaxErrors, Detail: result.Message),
            _ => new FileFormatting(fullPath, FileFormattingStatus.VerificationFailed, Detail: result.Message),
        };
    }
}

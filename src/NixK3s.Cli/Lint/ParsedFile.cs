using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace NixK3s.Cli.Lint;

/// <summary>A file read and parsed for a lint run: where it is, how it is shown, its tree, or why it could not be read.</summary>
internal sealed class ParsedFile
{
    private ParsedFile(string fullPath, NixSyntaxTree? tree, string? readError)
    {
        FullPath = fullPath;
        DisplayPath = Files.DisplayPath.For(fullPath);
        Tree = tree;
        ReadError = readError;
    }

    /// <summary>The absolute path.</summary>
    public string FullPath { get; }

    /// <summary>The path findings show.</summary>
    public string DisplayPath { get; }

    /// <summary>The syntax tree, or null when the file could not be read.</summary>
    public NixSyntaxTree? Tree { get; }

    /// <summary>Why the file could not be read, or null.</summary>
    public string? ReadError { get; }

    /// <summary>True if the parse found an error-level diagnostic: such a file is reported but never fixed.</summary>
    public bool HasSyntaxErrors => Tree is null || Tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>A file already parsed elsewhere (one the linter read by following an import).</summary>
    public static ParsedFile FromTree(NixSyntaxTree tree) => new(Path.GetFullPath(tree.FilePath!), tree, null);

    /// <summary>Parses <paramref name="text"/> as the content of <paramref name="fullPath"/> (a fixed text not yet written).</summary>
    public static ParsedFile FromText(string fullPath, string text) => new(fullPath, NixSyntaxTree.ParseText(text, fullPath), null);

    /// <summary>Reads and parses <paramref name="fullPath"/>; never throws for I/O errors.</summary>
    public static ParsedFile Read(string fullPath)
    {
        try
        {
            return new ParsedFile(fullPath, NixSyntaxTree.ParseFile(fullPath), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ParsedFile(fullPath, null, e.Message);
        }
    }
}

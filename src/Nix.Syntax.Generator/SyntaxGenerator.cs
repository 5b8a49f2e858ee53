using Nix.Syntax.Generator.Writers;

namespace Nix.Syntax.Generator;

/// <summary>
/// Turns NixSyntax.xml into the generated C# of Nix.Syntax: the node classes, the red-node factory, the
/// public factory, the visitors, the rewriter and the shape table. Pure and deterministic: the same XML
/// gives byte-identical files (with <c>\n</c> line ends) on every platform.
/// </summary>
public static class SyntaxGenerator
{
    /// <summary>The command that regenerates the committed files, run from the repository root.</summary>
    public const string RegenerateCommand = CodeWriter.RegenerateCommand;

    /// <summary>Where NixSyntax.xml lives, relative to the repository root.</summary>
    public const string XmlPath = "src/Nix.Syntax/Syntax/NixSyntax.xml";

    /// <summary>Where the generated files go, relative to the repository root.</summary>
    public const string OutputPath = "src/Nix.Syntax/Generated";

    /// <summary>Generates every file from the text of NixSyntax.xml.</summary>
    /// <param name="xml">The content of NixSyntax.xml.</param>
    /// <returns>The generated files: file name (such as <c>Syntax.g.cs</c>) to content, ordered by name.</returns>
    /// <exception cref="FormatException">The XML is malformed or describes an inconsistent tree; the message says where.</exception>
    public static IReadOnlyDictionary<string, string> Generate(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var tree = TreeReader.Read(xml);
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["NixSyntaxRewriter.g.cs"] = RewriterWriter.Write(tree),
            ["NixSyntaxVisitor.g.cs"] = VisitorWriter.Write(tree),
            ["Syntax.g.cs"] = SyntaxWriter.Write(tree),
            ["SyntaxFactory.g.cs"] = FactoryWriter.Write(tree),
            ["SyntaxNodeFactory.g.cs"] = NodeFactoryWriter.Write(tree),
            ["SyntaxShapes.g.cs"] = ShapesWriter.Write(tree),
        };
    }

    /// <summary>
    /// Finds the repository root: the nearest of <paramref name="start"/> and its parents that holds
    /// <see cref="XmlPath"/>.
    /// </summary>
    /// <param name="start">A directory inside the repository.</param>
    /// <returns>The root, or null when no parent holds NixSyntax.xml.</returns>
    public static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, XmlPath))) return directory.FullName;
        }

        return null;
    }
}

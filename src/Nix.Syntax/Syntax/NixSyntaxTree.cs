using System.Text;
using Nix.Syntax.Diagnostics;
using Nix.Syntax.InternalSyntax;
using Nix.Syntax.Parsing;
using Nix.Syntax.Semantics;
using Nix.Syntax.Text;

namespace Nix.Syntax;

/// <summary>
/// A parsed Nix file: its text, its full-fidelity syntax tree and its diagnostics. Parsing never throws;
/// <c>GetRoot().ToFullString()</c> gives back the text exactly. Trees are immutable and safe to share
/// between threads.
/// </summary>
public sealed class NixSyntaxTree
{
    private readonly GreenNode _green;
    private readonly IReadOnlyList<PendingDiagnostic> _pending;
    private SourceFileSyntax? _root;
    private IReadOnlyList<Diagnostic>? _diagnostics;

    private NixSyntaxTree(SourceText text, string? path, GreenNode green, IReadOnlyList<PendingDiagnostic> pending)
    {
        Text = text;
        FilePath = path;
        _green = green;
        _pending = pending;
    }

    /// <summary>The parsed text.</summary>
    public SourceText Text { get; }

    /// <summary>The path given when parsing, or null.</summary>
    public string? FilePath { get; }

    /// <summary>Parses <paramref name="text"/>. Never throws for any text, valid or not.</summary>
    /// <param name="text">The Nix source.</param>
    /// <param name="path">The path to show in diagnostics, if any.</param>
    public static NixSyntaxTree ParseText(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (root, diagnostics) = SyntaxParser.Parse(text);
        return new NixSyntaxTree(new SourceText(text), path, root, diagnostics);
    }

    /// <summary>
    /// Reads and parses a file as UTF-8. A byte order mark is kept in the tree (as trivia, with a diagnostic,
    /// since Nix rejects it); bytes that are not UTF-8 are read as U+FFFD and reported.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static NixSyntaxTree ParseFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var (text, badOffset) = DecodeUtf8(bytes);
        var tree = ParseText(text, path);
        if (badOffset < 0) return tree;
        var pending = tree._pending.Prepend(new PendingDiagnostic(NixDiagnostics.InvalidUtf8, 0, 0, badOffset)).ToList();
        return new NixSyntaxTree(tree.Text, path, tree._green, pending);
    }

    private static (string Text, int BadOffset) DecodeUtf8(byte[] bytes)
    {
        try
        {
            return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes), -1);
        }
        catch (DecoderFallbackException e)
        {
            return (Encoding.UTF8.GetString(bytes), Math.Max(e.Index, 0));
        }
    }

    /// <summary>The root node.</summary>
    public SourceFileSyntax GetRoot()
    {
        if (_root is null) Interlocked.CompareExchange(ref _root, (SourceFileSyntax)_green.CreateRed(null, 0, this), null);
        return _root;
    }

    /// <summary>
    /// Every diagnostic of the parse and of the binder (the checks Nix's parser makes beyond the grammar,
    /// such as duplicate attributes), in order of position.
    /// </summary>
    public IReadOnlyList<Diagnostic> GetDiagnostics()
    {
        if (_diagnostics is not null) return _diagnostics;
        var all = MergeByPosition(_pending, Binder.Bind(GetRoot(), Text));
        var diagnostics = all.Select(d => Diagnostic.Create(d.Descriptor, new Location(FilePath, Text, new TextSpan(d.Start, d.Length)), d.Args)).ToArray();
        Interlocked.CompareExchange(ref _diagnostics, diagnostics, null);
        return _diagnostics;
    }

    // Keeps the parser's diagnostics in their order and slots the binder's in after those at or before them.
    private static List<PendingDiagnostic> MergeByPosition(IReadOnlyList<PendingDiagnostic> parsed, List<PendingDiagnostic> bound)
    {
        var merged = new List<PendingDiagnostic>(parsed.Count + bound.Count);
        int j = 0;
        foreach (var d in parsed)
        {
            while (j < bound.Count && bound[j].Start < d.Start) merged.Add(bound[j++]);
            merged.Add(d);
        }
        while (j < bound.Count) merged.Add(bound[j++]);
        return merged;
    }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
}

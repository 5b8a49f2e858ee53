using K3s.Modules.Values;
using Nix.Syntax;
using static Nix.Syntax.SyntaxFactory;

namespace K3s.Modules.Editing;

/// <summary>
/// Minimal edits of a person's module file: the rest of the file, comments and layout included, stays
/// byte for byte. Built on Nix.Syntax's editing API.
/// </summary>
public static class ModuleEditor
{
    /// <summary>
    /// Writes the difference between <paramref name="original"/> (read from <paramref name="host"/>) and
    /// <paramref name="changed"/> back into the host's files as minimal syntax edits; see <see cref="K3sModuleDocument.Apply(K3sNodeModule)"/>.
    /// </summary>
    /// <param name="host">The files as read by the general reader.</param>
    /// <param name="original">The model read from them (<see cref="K3sNodeModule.FromHost"/>).</param>
    /// <param name="changed">The model as it should be.</param>
    /// <returns>The edited files and the refused changes.</returns>
    public static ModuleEditResult Apply(Reading.HostConfiguration host, K3sNodeModule original, K3sNodeModule changed)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(changed);
        return ModelEditPlanner.Apply(host, original, changed);
    }

    /// <summary>
    /// Appends <paramref name="item"/> to the list at <paramref name="path"/> (such as <c>boot.kernelModules</c> or
    /// <c>services.k3s.extraFlags</c>), with the layout of the list's last element.
    /// </summary>
    /// <param name="root">The file's root.</param>
    /// <param name="path">The list option's full path; dotted and nested spellings are both found.</param>
    /// <param name="item">The element, printed as a string literal.</param>
    /// <returns>The edited root.</returns>
    /// <exception cref="InvalidOperationException">No list with at least one element is bound at the path.</exception>
    public static SyntaxNode AppendToList(SyntaxNode root, string path, string item)
    {
        var list = Find(root, OptionPath.Parse(path)) as ListExpressionSyntax
            ?? throw new InvalidOperationException($"No list is bound at {path}.");
        if (list.Elements.Count == 0) throw new InvalidOperationException($"The list at {path} is empty; there is no layout to copy.");
        var last = list.Elements[^1];
        var lastTrailing = last.GetTrailingTrivia();
        // Same indentation as the last element; a line end after it if the list is one element per line.
        var trailing = lastTrailing.Any(t => t.Kind == NixSyntaxKind.EndOfLineTrivia) ? TriviaList(EndOfLine("\n")) : TriviaList(Whitespace(" "));
        var element = StringExpression(NixSyntaxKind.StringExpression, Token(last.GetLeadingTrivia(), NixSyntaxKind.DoubleQuoteToken, default),
            List<InterpolatedPartSyntax>([StringText(Token(NixSyntaxKind.StringTextToken, item.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("${", "\\${")))]),
            Token(default, NixSyntaxKind.DoubleQuoteToken, trailing));
        return root.InsertNodesAfter(last, [element]);
    }

    // The value bound at the path, through nested sets and dotted bindings.
    private static ExpressionSyntax? Find(SyntaxNode root, OptionPath path)
    {
        var set = ModuleBody.Find(root, includeRecursive: true);
        int matched = 0;
        while (set is not null)
        {
            AttrSetExpressionSyntax? next = null;
            foreach (var binding in set.Bindings.OfType<AttrPathValueSyntax>())
            {
                if (StaticAttrPath.Of(binding.AttrPath) is not { } relative) continue;
                if (matched + relative.Length > path.Length) continue;
                bool prefix = true;
                for (int i = 0; i < relative.Length && prefix; i++) prefix = relative.Segments[i] == path.Segments[matched + i];
                if (!prefix) continue;
                if (matched + relative.Length == path.Length) return binding.Value;
                if (binding.Value is AttrSetExpressionSyntax nested)
                {
                    matched += relative.Length;
                    next = nested;
                    break;
                }
            }
            set = next;
        }
        return null;
    }
}

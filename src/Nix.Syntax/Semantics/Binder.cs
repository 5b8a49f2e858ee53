using Nix.Syntax.Diagnostics;
using Nix.Syntax.Parsing;
using Nix.Syntax.Text;

namespace Nix.Syntax.Semantics;

/// <summary>
/// The checks Nix 2.8's parser makes beyond the grammar: duplicate attributes (merging nested sets exactly
/// as Nix does), dynamic attributes in <c>let</c> or <c>inherit</c>, and duplicate formals. Iterative, so
/// it handles trees of any depth.
/// </summary>
internal sealed class Binder
{
    private readonly SourceText _text;
    private readonly List<PendingDiagnostic> _diagnostics = new();

    // Models of set literals, by the start of their first token (nodes are created anew on each access).
    private readonly Dictionary<int, AttrSetModel> _setModels = new();

    private Binder(SourceText text) => _text = text;

    /// <summary>The diagnostics of <paramref name="root"/>, in order of position.</summary>
    public static List<PendingDiagnostic> Bind(SyntaxNode root, SourceText text)
    {
        var binder = new Binder(text);
        var containers = new List<SyntaxNode>();
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case AttrSetExpressionSyntax or LetExpressionSyntax or LegacyLetExpressionSyntax:
                    containers.Add(node);
                    break;
                case LambdaExpressionSyntax { Parameter: FormalsParameterSyntax formals }:
                    binder.CheckFormals(formals);
                    break;
            }
            PushChildNodes(node, stack);
        }
        // Reversed pre-order puts every set after the sets inside it, as Nix's bottom-up parser sees them.
        for (int i = containers.Count - 1; i >= 0; i--) binder.BindContainer(containers[i]);
        binder._diagnostics.Sort((a, b) => a.Start.CompareTo(b.Start));
        return binder._diagnostics;
    }

    // Child nodes through the slots (lists flattened), not ChildNodes(): no iterators and no tokens made per node.
    private static void PushChildNodes(SyntaxNode node, Stack<SyntaxNode> stack)
    {
        var green = node.Green;
        for (int i = 0, n = green.SlotCount; i < n; i++)
        {
            var slot = green.GetSlot(i);
            if (slot is null || slot.IsToken || node.GetRed(i) is not { } child) continue;
            if (child is not SyntaxListNode list) { if (child.Kind != NixSyntaxKind.None) stack.Push(child); continue; }
            var listGreen = list.Green;
            for (int j = 0, m = listGreen.SlotCount; j < m; j++)
            {
                var item = listGreen.GetSlot(j);
                if (item is not null && !item.IsToken && list.GetRed(j) is { } element) stack.Push(element);
            }
        }
    }

    private void BindContainer(SyntaxNode container)
    {
        var (bindings, isLet) = container switch
        {
            AttrSetExpressionSyntax set => (set.Bindings, false),
            LetExpressionSyntax let => (let.Bindings, true),
            _ => (((LegacyLetExpressionSyntax)container).Bindings, false),
        };
        var model = new AttrSetModel();
        for (int i = 0, n = bindings.Count; i < n; i++)
        {
            var binding = bindings[i];
            if (binding is AttrPathValueSyntax value) BindPath(model, value, isLet);
            else if (binding is InheritSyntax inherit) BindInherit(model, inherit);
        }
        if (container is AttrSetExpressionSyntax) _setModels[container.SpanStart] = model;
    }

    private void BindPath(AttrSetModel model, AttrPathValueSyntax binding, bool isLet)
    {
        // Without its '=' the "binding" is the parser's recovery from other text, not a definition.
        if (binding.EqualsToken.IsMissing) return;
        var names = binding.AttrPath.Names;
        if (names.Count == 0) return;
        for (int i = 0; i < names.Count; i++)
            if (names[i].IsMissing) return; // a syntax error already says what is wrong
        var statics = binding.AttrPath.GetStaticNames();
        if (isLet && statics[0] is null) Report(NixDiagnostics.DynamicAttributeInLet, names[0]);

        var attrs = model;
        for (int i = 0; i < names.Count - 1; i++)
        {
            if (statics[i] is not { } name)
            {
                attrs = new AttrSetModel(); // each dynamic name makes a set of its own
                continue;
            }
            if (attrs.TryGet(name, out var existing))
            {
                if (existing.Nested is null)
                {
                    ReportDuplicate(PathText(names, names.Count), names[i].Span, existing);
                    return;
                }
                attrs = existing.Nested;
            }
            else
            {
                var nested = new AttrSetModel();
                attrs.Add(name, new AttrEntry(names[i].SpanStart, names[i].Span.Length, nested));
                attrs = nested;
            }
        }

        var last = names[names.Count - 1];
        if (statics[names.Count - 1] is not { } lastName) return;
        var valueSet = SetModelOf(binding.Value);
        if (!attrs.TryGet(lastName, out var previous))
        {
            attrs.Add(lastName, new AttrEntry(last.SpanStart, last.Span.Length, valueSet));
            return;
        }
        if (previous.Nested is null || valueSet is null)
        {
            ReportDuplicate(PathText(names, names.Count), last.Span, previous);
            return;
        }
        // Two sets for one name merge, one level deep only: Nix 2.8 does not merge their own nested sets.
        foreach (var (name, entry) in valueSet.Entries())
        {
            if (previous.Nested.TryGet(name, out var clash))
                ReportDuplicate(PathText(names, names.Count) + "." + Quote(name), new TextSpan(entry.Start, entry.Length), clash);
            else
                previous.Nested.Add(name, entry);
        }
    }

    private void BindInherit(AttrSetModel model, InheritSyntax inherit)
    {
        foreach (var attr in inherit.Attributes)
        {
            if (attr.IsMissing) continue;
            if (attr.GetStaticName() is not { } name)
            {
                Report(NixDiagnostics.DynamicAttributeInInherit, attr);
                continue;
            }
            if (model.TryGet(name, out var existing)) ReportDuplicate(Quote(name), attr.Span, existing);
            else model.Add(name, new AttrEntry(attr.SpanStart, attr.Span.Length, null));
        }
    }

    /// <summary>The model of a set literal (through parentheses, which Nix does not keep), else null.</summary>
    private AttrSetModel? SetModelOf(ExpressionSyntax value)
    {
        while (value is ParenthesizedExpressionSyntax parenthesized) value = parenthesized.Expression;
        return value is AttrSetExpressionSyntax set ? _setModels.GetValueOrDefault(set.SpanStart) : null;
    }

    private void CheckFormals(FormalsParameterSyntax parameter)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var formal in parameter.FormalSet.Formals)
        {
            var identifier = formal.Identifier;
            if (identifier.IsMissing) continue;
            if (!seen.Add(identifier.Text))
                _diagnostics.Add(new PendingDiagnostic(NixDiagnostics.DuplicateFormal, identifier.SpanStart, identifier.Span.Length, identifier.Text));
        }
        foreach (var alias in new[] { parameter.LeadingAliasIdentifier, parameter.TrailingAliasIdentifier })
        {
            if (alias.Node is null || alias.IsMissing || !seen.Contains(alias.Text)) continue;
            _diagnostics.Add(new PendingDiagnostic(NixDiagnostics.DuplicateFormal, alias.SpanStart, alias.Span.Length, alias.Text));
        }
    }

    private void Report(DiagnosticDescriptor descriptor, SyntaxNode node) =>
        _diagnostics.Add(new PendingDiagnostic(descriptor, node.SpanStart, node.Span.Length));

    private void ReportDuplicate(string path, TextSpan span, AttrEntry previous)
    {
        var at = _text.GetLinePosition(previous.Start).ToString();
        _diagnostics.Add(new PendingDiagnostic(NixDiagnostics.DuplicateAttribute, span.Start, span.Length, path, at));
    }

    private static string PathText(SeparatedSyntaxList<AttrNameSyntax> names, int count)
    {
        var parts = new string[count];
        for (int i = 0; i < count; i++) parts[i] = names[i].GetStaticName() is { } name ? Quote(name) : names[i].ToString();
        return string.Join(".", parts);
    }

    /// <summary>A name as Nix shows it in a path: bare when it is an identifier, else quoted.</summary>
    private static string Quote(string name) =>
        IsPlainIdentifier(name) ? name : "\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static bool IsPlainIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_')) return false;
        foreach (char c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '\'' or '-')) return false;
        return true;
    }
}

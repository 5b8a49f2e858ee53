using K3s.Modules.Values;
using Nix.Syntax;
using static Nix.Syntax.SyntaxFactory;
using R = K3s.Modules.Reading;

namespace K3s.Modules.Editing;

/// <summary>
/// Turns the difference between a model read from a host and a changed copy of it into syntax edits of the
/// host's files. Both models are flattened into leaf definitions (<see cref="K3sNodeModule.ToDefinitions"/>) and
/// compared path by path: a list that gains or loses elements is edited element by element, another changed
/// value is replaced where it is written, a new option gets a binding next to its siblings, a dropped one loses
/// its binding. Definitions the reader could not pin to one literal (under <c>mkIf</c>, from an option default,
/// through a <c>let</c> name or a function) are refused, never guessed at.
/// </summary>
internal sealed class ModelEditPlanner
{
    private readonly R.HostConfiguration _host;
    private readonly Dictionary<NixSyntaxTree, SyntaxEditBatch> _batches = new();
    private readonly List<ModuleEditRefusal> _refusals = [];

    private ModelEditPlanner(R.HostConfiguration host) => _host = host;

    public static ModuleEditResult Apply(R.HostConfiguration host, K3sNodeModule original, K3sNodeModule changed)
    {
        var planner = new ModelEditPlanner(host);
        var after = changed.ToDefinitions();
        planner.Plan(original.ToDefinitions(), after);
        planner.RefuseGroupRemarks(original, changed, after);
        var changes = new List<ModuleFileChange>();
        foreach (var file in host.Files)
            if (planner._batches.TryGetValue(file.Tree, out var batch) && !batch.IsEmpty)
                changes.Add(new ModuleFileChange(file, batch.Apply()));
        return new ModuleEditResult(changes, planner._refusals);
    }

    private void Plan(IReadOnlyList<Definition> before, IReadOnlyList<Definition> after)
    {
        var old = ByPath(before);
        var @new = ByPath(after);
        // Removals first, so that new bindings are not placed next to bindings about to go.
        foreach (var (path, definitions) in old)
            if (!@new.ContainsKey(path)) Remove(definitions[0].Path);
        foreach (var (path, definitions) in @new)
        {
            if (!old.TryGetValue(path, out var previous))
            {
                foreach (var d in definitions) Add(d);
                continue;
            }
            if (previous.SequenceEqual(definitions)) continue;
            if (previous.Count != 1 || definitions.Count != 1)
            {
                if (WritableDefinitions(definitions[0].Path) is { } written)
                    Refuse(definitions[0].Path, previous.Count == 1 && definitions.Count > 1
                        ? $"the read value ({BindingPlacement.Short(written[0].ValueSyntax ?? written[0].Binding!)}) is not of the option's type, so it cannot be changed as one"
                        : $"the option has {previous.Count} separate definitions; which one to change is not known", written[0].Binding);
                continue;
            }
            if (previous[0].Value == definitions[0].Value)
            {
                Refuse(definitions[0].Path, "only its comments changed; comments of existing bindings are not edited");
                continue;
            }
            Change(previous[0], definitions[0]);
        }
    }

    // Comments of enclosing sets (networking.firewall = { … }) live in the model's remarks, not in definitions.
    private void RefuseGroupRemarks(K3sNodeModule original, K3sNodeModule changed, IReadOnlyList<Definition> after)
    {
        var leaves = after.Select(d => d.Path.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (var key in original.Remarks.Keys.Union(changed.Remarks.Keys, StringComparer.Ordinal))
        {
            if (leaves.Contains(key)) continue;
            original.Remarks.TryGetValue(key, out var before);
            changed.Remarks.TryGetValue(key, out var now);
            if (before != now && now is not null) Refuse(OptionPath.Parse(key), "comments of an attribute set's binding are not edited");
        }
    }

    private static Dictionary<string, List<Definition>> ByPath(IReadOnlyList<Definition> definitions)
    {
        var result = new Dictionary<string, List<Definition>>(StringComparer.Ordinal);
        foreach (var d in definitions)
        {
            var key = d.Path.ToString();
            if (!result.TryGetValue(key, out var list)) result[key] = list = [];
            list.Add(d);
        }
        return result;
    }

    private SyntaxEditBatch Batch(SyntaxNode node)
    {
        var tree = node.SyntaxTree ?? throw new InvalidOperationException("A node of a host file has no tree.");
        if (!_batches.TryGetValue(tree, out var batch)) _batches[tree] = batch = new SyntaxEditBatch(tree.GetRoot());
        return batch;
    }

    private void Refuse(OptionPath path, string reason, SyntaxNode? at = null) =>
        _refusals.Add(new ModuleEditRefusal(path.ToString(), reason, at is null ? null : R.SourceLocation.Of(at)));

    // The host's definitions of a path, as the mapper groups them (option defaults are not the host's).
    private List<R.OptionDefinition> HostDefinitions(OptionPath path) =>
        _host.Get(path).Where(d => !d.IsOptionDefault).ToList();

    // Why a definition cannot be edited where it is written, or null when it can.
    private static string? Unwritable(R.OptionDefinition d)
    {
        if (!d.Condition.IsAlways) return $"it is defined only if {d.Condition} (mkIf, optionalAttrs or if); edit it by hand";
        if (d.IsFromOptionDefault) return "its value comes from an option default (" + (d.Value.DefaultOf?.ToString() ?? "mkOption") + ")";
        if (d.Binding is not AttrPathValueSyntax) return "it is not defined by a plain binding (inherit)";
        return null;
    }

    // The host's definitions of a path when each can be edited where it is written; else null, refused.
    private List<R.OptionDefinition>? WritableDefinitions(OptionPath path)
    {
        var definitions = HostDefinitions(path);
        if (definitions.Count == 0)
        {
            Refuse(path, "no definition of it was found in the host's files");
            return null;
        }
        foreach (var d in definitions)
        {
            if (Unwritable(d) is { } reason)
            {
                Refuse(path, reason, d.Binding);
                return null;
            }
        }
        return definitions;
    }

    // ---- removal ----

    private void Remove(OptionPath path)
    {
        if (WritableDefinitions(path) is not { } definitions) return;
        foreach (var d in definitions)
        {
            if (BindingPlacement.Unparenthesized(((AttrPathValueSyntax)d.Binding!).Value) is AttrSetExpressionSyntax)
            {
                Refuse(path, "its binding sets more than this option", d.Binding);
                return;
            }
        }
        foreach (var d in definitions) RemoveBinding((AttrPathValueSyntax)d.Binding!);
    }

    // Removes a binding; a nested set left empty goes with its own binding (services.k3s = { } is not left behind).
    private void RemoveBinding(AttrPathValueSyntax binding)
    {
        var batch = Batch(binding);
        batch.Remove(binding);
        var set = binding.Parent as AttrSetExpressionSyntax ?? binding.Parent?.Parent as AttrSetExpressionSyntax;
        if (set?.Parent is not AttrPathValueSyntax outer) return;
        if (set.Bindings.All(batch.IsRemoved)) RemoveBinding(outer);
    }

    // ---- addition ----

    private void Add(Definition definition)
    {
        // Definitions the model does not show (conditional ones bound elsewhere) are not silently doubled.
        if (HostDefinitions(definition.Path).Count > 0 && WritableDefinitions(definition.Path) is null) return;
        var (placement, refusal, at) = BindingPlacement.Find(_host, definition.Path, node => node.SyntaxTree is { } t && _batches.TryGetValue(t, out var b) && b.IsRemoved(node));
        if (placement is null)
        {
            Refuse(definition.Path, "cannot add a binding: " + refusal, at);
            return;
        }
        var anchor = placement.Anchor;
        var trailing = anchor.GetTrailingTrivia();
        bool multiline = trailing.Any(t => t.Kind == NixSyntaxKind.EndOfLineTrivia);
        var bindings = ValueSyntaxFactory.Bindings(placement.RelativePath, definition.Value, definition.Remark,
            LineIndentation(anchor), EndOfLineOf(anchor), multiline);
        Batch(anchor).InsertAfter(anchor, bindings);
    }

    // ---- change ----

    private void Change(Definition before, Definition after)
    {
        var path = after.Path;
        if (WritableDefinitions(path) is not { } definitions) return;
        if (ListsOf(before.Value, after.Value) is var (oldList, newList))
        {
            ChangeList(path, definitions, oldList, newList);
            return;
        }
        if (definitions.Count != 1)
        {
            Refuse(path, $"it is defined {definitions.Count} times; a new value for all of them is not one edit", definitions[0].Binding);
            return;
        }
        var binding = (AttrPathValueSyntax)definitions[0].Binding!;
        if (IsStringFlags(path, binding))
        {
            Refuse(path, StringFlagsRefusal, binding);
            return;
        }
        ReplaceValue(binding, before.Value, after.Value);
    }

    private const string StringFlagsRefusal =
        "extraFlags is built as one string here (not a literal, toString [ … ] or concatStringsSep \" \" [ … ] of one flag per element); edit it by hand";

    private static bool IsStringFlags(OptionPath path, AttrPathValueSyntax binding) =>
        path == ExtraFlagsSyntax.Path && ListSyntaxOf(binding, path) is null;

    // extraFlags as one plain string literal: the literal gets the new text (added flags appended to it).
    private bool ChangeFlagString(List<R.OptionDefinition> definitions, NixList before, NixList after)
    {
        if (definitions.Count != 1 || definitions[0].Binding is not AttrPathValueSyntax binding || ExtraFlagsSyntax.PlainString(PriorityArgument(binding.Value) ?? binding.Value) is not { } literal)
            return false;
        if (ExtraFlagsSyntax.Text(ValueSyntaxReader.String(literal)!.PlainText, before, after) is not { } text)
        {
            Refuse(ExtraFlagsSyntax.Path, "a flag with a comment, an interpolation or a quote cannot be written into the extraFlags string", binding);
            return true;
        }
        var value = ValueSyntaxFactory.Expression(NixString.Of(text), LineIndentation(binding));
        Batch(literal).Replace(literal, current => value.WithTriviaFrom(current));
        return true;
    }

    // Both values as lists under the same wrappers (priority, with pkgs;), or null.
    private static (NixList Old, NixList New)? ListsOf(NixValue before, NixValue after)
    {
        while (true)
        {
            switch (before, after)
            {
                case (NixPriority a, NixPriority b) when a.Priority == b.Priority: before = a.Value; after = b.Value; continue;
                case (NixWith a, NixWith b) when a.Namespace == b.Namespace: before = a.Body; after = b.Body; continue;
                case (NixList a, NixList b): return (a, b);
                default: return null;
            }
        }
    }

    private void ReplaceValue(AttrPathValueSyntax binding, NixValue before, NixValue after)
    {
        var indent = LineIndentation(binding);
        // The same priority: only the wrapped value changes, `lib.mkForce` stays as written.
        if (before is NixPriority a && after is NixPriority b && a.Priority == b.Priority && PriorityArgument(binding.Value) is { } argument)
        {
            var inner = ValueSyntaxFactory.Expression(b.Value, indent);
            if (!IsAtomic(inner)) inner = Parenthesize(inner);
            Batch(argument).Replace(argument, current => inner.WithTriviaFrom(current));
            return;
        }
        var value = ValueSyntaxFactory.Expression(after, indent);
        Batch(binding.Value).Replace(binding.Value, current => value.WithTriviaFrom(current));
    }

    private void ChangeList(OptionPath path, List<R.OptionDefinition> definitions, NixList before, NixList after)
    {
        if (path == ExtraFlagsSyntax.Path && ChangeFlagString(definitions, before, after)) return;
        var lists = new List<ListExpressionSyntax>();
        foreach (var d in definitions)
        {
            var binding = (AttrPathValueSyntax)d.Binding!;
            // The list read must be the one written here (not a let name's), or inside it (toString [ … ]).
            if (ListSyntaxOf(binding, path) is not { } list || d.ValueSyntax is not { } read || !list.Span.Contains(read.Span) && !read.Span.Contains(list.Span))
            {
                Refuse(path, IsStringFlags(path, binding)
                    ? StringFlagsRefusal
                    : $"the list is not written as literal elements at its binding ({BindingPlacement.Short(binding.Value)})", binding);
                return;
            }
            if (ExtraFlagsSyntax.JoinedList(PriorityArgument(binding.Value) ?? binding.Value) is { } joined && joined.Span == list.Span && !after.Items.Except(before.Items).All(ExtraFlagsSyntax.IsOneWord))
            {
                Refuse(path, "a new flag with a space or a comment cannot be an element of a list joined into one string", binding);
                return;
            }
            lists.Add(list);
        }
        int total = lists.Sum(l => l.Elements.Count);
        if (total != before.Items.Count)
        {
            Refuse(path, $"the list's {total} written elements do not match the {before.Items.Count} read", definitions[0].Binding);
            return;
        }
        var diff = ListDiff.Compute(before.Items, after.Items);
        if (diff.IsEmpty) return;
        var insertions = diff.Insertions.ToLookup(i => i.After, i => after.Items[i.NewIndex]);
        int offset = 0;
        for (int l = 0; l < lists.Count; l++)
        {
            var list = lists[l];
            int count = list.Elements.Count;
            var plan = new List<ListSlot>();
            if (l == 0) plan.AddRange(insertions[-1].Select(i => new ListSlot(-1, i)));
            for (int k = 0; k < count; k++)
            {
                if (diff.Kept[offset + k]) plan.Add(new ListSlot(k, null));
                plan.AddRange(insertions[offset + k].Select(i => new ListSlot(k, i)));
            }
            offset += count;
            if (plan.Count == count && plan.All(s => s.Item is null)) continue;
            var layout = ListLayout.Of(list, LineIndentation(list), EndOfLineOf(list));
            Batch(list).Replace(list, current => layout.Rebuild((ListExpressionSyntax)current, plan));
        }
    }

    /// <summary>
    /// The list a binding's value is, through parentheses, <c>mkForce</c>/<c>mkDefault</c> and <c>with pkgs;</c>; for
    /// extraFlags also the list of <c>toString [ … ]</c> or <c>concatStringsSep " " [ … ]</c> with one flag per element.
    /// </summary>
    internal static ListExpressionSyntax? ListSyntaxOf(AttrPathValueSyntax binding, OptionPath path)
    {
        var value = binding.Value;
        while (true)
        {
            value = BindingPlacement.Unparenthesized(value);
            if (PriorityArgument(value) is { } argument) value = argument;
            else if (value is WithExpressionSyntax with) value = with.Body;
            else return value as ListExpressionSyntax ?? (path == ExtraFlagsSyntax.Path ? ExtraFlagsSyntax.JoinedList(value) : null);
        }
    }

    private static ExpressionSyntax? PriorityArgument(ExpressionSyntax value) =>
        BindingPlacement.Unparenthesized(value) is ApplyExpressionSyntax apply && apply.Function.ToString() is "lib.mkForce" or "mkForce" or "lib.mkDefault" or "mkDefault"
            ? apply.Argument : null;

    private static bool IsAtomic(ExpressionSyntax e) => e.Kind is NixSyntaxKind.IdentifierExpression or NixSyntaxKind.SelectExpression
        or NixSyntaxKind.ParenthesizedExpression or NixSyntaxKind.ListExpression or NixSyntaxKind.AttrSetExpression
        or NixSyntaxKind.StringExpression or NixSyntaxKind.IndentedStringExpression or NixSyntaxKind.PathExpression
        or NixSyntaxKind.IntegerLiteralExpression or NixSyntaxKind.FloatLiteralExpression;

    /// <summary>The spaces that begin the line <paramref name="node"/> starts on.</summary>
    internal static string LineIndentation(SyntaxNode node)
    {
        var text = node.SyntaxTree!.Text.Text;
        int start = node.Span.Start;
        int lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start == 0) lineStart = 0;
        int end = lineStart;
        while (end < text.Length && (text[end] == ' ' || text[end] == '\t')) end++;
        return text[lineStart..end];
    }

    /// <summary>The file's line end (<c>\r\n</c> when it uses them).</summary>
    internal static string EndOfLineOf(SyntaxNode node) =>
        node.SyntaxTree!.Text.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
}

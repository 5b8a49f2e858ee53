using K3s.Modules.Values;
using R = K3s.Modules.Reading;

namespace K3s.Modules;

/// <summary>
/// Finds the typed options a host defines that <see cref="K3sNodeModule.FromHost"/> could not type: each binding of
/// <see cref="K3sNodeModule.OtherSettings"/> at a typed option's path is explained as a type mismatch, an unknown,
/// a conditional value or an option default, with the location of its definition.
/// </summary>
public static class ModuleReadIssues
{
    /// <summary>The issues of <paramref name="model"/>, read from <paramref name="host"/>.</summary>
    /// <param name="host">The host the model was read from.</param>
    /// <param name="model">The model (<see cref="K3sNodeModule.FromHost"/>).</param>
    /// <returns>One issue per untyped definition of a typed option, in the model's order.</returns>
    public static IReadOnlyList<ModuleReadIssue> Find(R.HostConfiguration host, K3sNodeModule model)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(model);
        var issues = new List<ModuleReadIssue>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var binding in model.OtherSettings.Bindings)
        {
            // The binder's own list of what it types: an issue is exactly a value it did not take.
            var option = ModuleBinder.TypedOptions.FirstOrDefault(o => o.Matches(binding.Path));
            if (option is null) continue;
            var path = binding.Path.ToString();
            // The n-th binding of a path is the n-th definition of it (the first may have been typed).
            int index = seen[path] = seen.TryGetValue(path, out int n) ? n + 1 : 0;
            var definitions = host.Get(binding.Path).Where(d => !d.IsOptionDefault).ToList();
            var definition = definitions.Count == 0 ? null : definitions[Math.Min(definitions.Count - 1, definitions.Count - CountOf(model, path) + index)];
            issues.Add(Explain(path, option.Expected, option.TakesElement, binding.Value.WithoutPriority(), definition));
        }
        return issues;
    }

    private static int CountOf(K3sNodeModule model, string path) => model.OtherSettings.Bindings.Count(b => b.Path.ToString() == path);

    private static ModuleReadIssue Explain(string path, string expected, Func<NixValue, bool>? element, NixValue value, R.OptionDefinition? definition)
    {
        var location = (value as NixExpression)?.Location ?? definition?.Location;
        if (definition is { IsFromOptionDefault: true })
            return new(path, ModuleReadIssueKind.OptionDefault, $"set from an option default ({definition.Value.Display}); {expected} is expected", location);
        if (definition is { Condition.IsAlways: false })
            return new(path, ModuleReadIssueKind.Conditional, $"defined only if {definition.Condition}; kept as written", location);
        if (Unknown(value, element) is { } unknown)
            return new(path, ModuleReadIssueKind.Unknown, $"not known statically: {unknown.Text}", unknown.Location ?? location);
        return new(path, ModuleReadIssueKind.TypeMismatch, $"{Describe(value, element)} where {expected} is expected", location);
    }

    // An expression the option does not take (a list's element it takes, such as an image package, is no unknown).
    private static NixExpression? Unknown(NixValue value, Func<NixValue, bool>? element) => value switch
    {
        NixExpression e => e,
        NixList l => l.Items.Where(i => element is null || !element(i.Value))
            .Select(i => Unknown(i.Value.WithoutPriority(), null)).FirstOrDefault(u => u is not null),
        NixWith w => Unknown(w.Body, element),
        _ => null,
    };

    private static string Describe(NixValue value, Func<NixValue, bool>? element) => value switch
    {
        NixString { Indented: true } => "an indented string",
        NixString => "a string",
        NixInt n => $"the integer {n.Value}",
        NixBool b => b.Value ? "true" : "false",
        NixNull => "null",
        NixAttrs => "an attribute set",
        NixList l when element is not null && l.Items.FirstOrDefault(i => !element(i.Value)) is { } bad => $"a list with {Describe(bad.Value, null)}",
        NixList => "a list",
        _ => "a value",
    };
}

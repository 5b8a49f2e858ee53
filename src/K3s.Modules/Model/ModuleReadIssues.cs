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
    // The typed options and what each takes; a `*` matches any one name.
    private static readonly (string Path, string Expected, Func<NixValue, bool>? Element)[] Options =
    [
        ("boot.kernelModules", "a list of module names (strings)", IsPlainString),
        ("boot.kernel.sysctl.*", "an integer or a string", null),
        ("networking.firewall.enable", "a boolean", null),
        ("networking.firewall.allowedTCPPorts", "a list of ports (integers 1–65535)", IsPort),
        ("networking.firewall.allowedUDPPorts", "a list of ports (integers 1–65535)", IsPort),
        ("networking.firewall.trustedInterfaces", "a list of interface names (strings)", IsPlainString),
        ("virtualisation.containerd.enable", "a boolean", null),
        ("services.k3s.enable", "a boolean", null),
        ("services.k3s.role", "\"server\" or \"agent\"", null),
        ("services.k3s.clusterInit", "a boolean", null),
        ("services.k3s.disableAgent", "a boolean", null),
        ("services.k3s.selinux", "a boolean", null),
        ("services.k3s.serverAddr", "a string", null),
        ("services.k3s.token", "a string", null),
        ("services.k3s.agentToken", "a string", null),
        ("services.k3s.nodeName", "a string", null),
        ("services.k3s.nodeIP", "a string", null),
        ("services.k3s.nodeExternalIP", "a string", null),
        ("services.k3s.disable", "a list of component names (strings)", IsPlainString),
        ("services.k3s.extraFlags", "a list of strings or one string", v => v is NixString),
        ("services.k3s.nodeLabel", "a list of strings", IsPlainString),
        ("services.k3s.nodeTaint", "a list of strings", IsPlainString),
        ("services.k3s.gracefulNodeShutdown.enable", "a boolean", null),
        ("environment.systemPackages", "a list of packages", null),
    ];

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
            var option = Options.FirstOrDefault(o => Matches(o.Path, binding.Path));
            if (option.Path is null) continue;
            var path = binding.Path.ToString();
            // The n-th binding of a path is the n-th definition of it (the first may have been typed).
            int index = seen[path] = seen.TryGetValue(path, out int n) ? n + 1 : 0;
            var definitions = host.Get(binding.Path).Where(d => !d.IsOptionDefault).ToList();
            var definition = definitions.Count == 0 ? null : definitions[Math.Min(definitions.Count - 1, definitions.Count - CountOf(model, path) + index)];
            issues.Add(Explain(path, option.Expected, option.Element, binding.Value.WithoutPriority(), definition));
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
        if (Unknown(value) is { } unknown)
            return new(path, ModuleReadIssueKind.Unknown, $"not known statically: {unknown.Text}", unknown.Location ?? location);
        return new(path, ModuleReadIssueKind.TypeMismatch, $"{Describe(value, element)} where {expected} is expected", location);
    }

    private static NixExpression? Unknown(NixValue value) => value switch
    {
        NixExpression e => e,
        NixList l => l.Items.Select(i => Unknown(i.Value.WithoutPriority())).FirstOrDefault(u => u is not null),
        NixWith w => Unknown(w.Body),
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

    // What the binder types: an issue is exactly a value it did not take.
    private static bool IsPlainString(NixValue value) => ModuleBinder.Plain(value) is not null;

    private static bool IsPort(NixValue value) => ModuleBinder.Port(value, null) is not null;

    private static bool Matches(string pattern, OptionPath path)
    {
        var segments = pattern.Split('.');
        if (segments.Length != path.Length) return false;
        for (int i = 0; i < segments.Length; i++)
            if (segments[i] != "*" && segments[i] != path[i]) return false;
        return true;
    }
}

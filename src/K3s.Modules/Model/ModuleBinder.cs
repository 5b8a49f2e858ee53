using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>
/// Turns leaf definitions back into a <see cref="K3sNodeModule"/>: each typed option takes the definition at
/// its path when the value has the option's type; whatever is left becomes <see cref="K3sNodeModule.OtherSettings"/>.
/// The inverse of <see cref="ModuleWriter"/>. Each typed reader also says what it takes, so that
/// <see cref="TypedOptions"/>, which <see cref="ModuleReadIssues"/> explains issues with, is the binder's own list.
/// </summary>
internal sealed class ModuleBinder
{
    private readonly IReadOnlyList<Definition> _definitions;
    private readonly bool[] _consumed;
    private readonly Dictionary<string, int> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Remark> _remarks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Priority> _priorities = new(StringComparer.Ordinal);

    // Set when the binder declares its typed options (TypedOptions) instead of binding.
    private readonly List<TypedOption>? _declared;

    private static IReadOnlyList<TypedOption>? s_typedOptions;

    private ModuleBinder(DefinitionSet set, List<TypedOption>? declared = null)
    {
        _declared = declared;
        _definitions = set.Definitions;
        _consumed = new bool[_definitions.Count];
        for (int i = 0; i < _definitions.Count; i++) _byPath.TryAdd(_definitions[i].Path.ToString(), i);
        foreach (var (path, remark) in set.GroupRemarks) _remarks[path] = remark;
    }

    public static K3sNodeModule Bind(DefinitionSet set) => new ModuleBinder(set).BindAll();

    /// <summary>
    /// Every typed option the binder reads, with what it takes: found by binding no definitions while each typed
    /// reader declares its path (a <c>*</c> for the names of <c>attrsOf</c> options and sysctl keys).
    /// </summary>
    public static IReadOnlyList<TypedOption> TypedOptions => s_typedOptions ??= DeclareAll();

    private static IReadOnlyList<TypedOption> DeclareAll()
    {
        var declared = new List<TypedOption>();
        new ModuleBinder(new DefinitionSet([], new Dictionary<string, Remark>()), declared).BindAll();
        return declared.AsReadOnly();
    }

    private K3sNodeModule BindAll()
    {
        var module = new K3sNodeModule
        {
            KernelModules = List(OptionPaths.KernelModules, "module names (strings)", (v, c) => Plain(v) is { } name ? new KernelModule(name, c) : null) ?? [],
            Sysctls = Sysctls(),
            Firewall = Firewall(),
            Containerd = new Containerd
            {
                Enable = Bool(OptionPaths.Containerd.Append("enable")),
                Settings = Attrs(OptionPaths.Containerd.Append("settings")),
            },
            ActivationScripts = ActivationScripts(),
            K3s = K3s(),
            Persistence = Persistence(),
            SystemPackages = SystemPackages(),
        };
        var others = new List<NixBinding>();
        for (int i = 0; i < _definitions.Count; i++)
            if (!_consumed[i]) others.Add(new NixBinding(_definitions[i].Path, _definitions[i].Value, _definitions[i].Remark));
        return module with
        {
            OtherSettings = new NixAttrs(others.ToEquatableList()),
            Remarks = EquatableMap<Remark>.Create(_remarks),
            Priorities = EquatableMap<Priority>.Create(_priorities),
        };
    }

    private EquatableList<Sysctl> Sysctls()
    {
        var result = new List<Sysctl>();
        _declared?.Add(new TypedOption(OptionPaths.Sysctl.Append("*"), "an integer or a string", null));
        foreach (int i in Under(OptionPaths.Sysctl, exactLength: OptionPaths.Sysctl.Length + 1))
        {
            var (value, _) = Unwrap(_definitions[i].Value);
            SysctlValue? typed = value switch
            {
                NixInt n => new SysctlInteger(n.Value),
                NixString { Indented: false, IsPlain: true } s => new SysctlText(s.PlainText),
                _ => null,
            };
            if (typed is null) continue;
            Consume(i);
            result.Add(new Sysctl(_definitions[i].Path.Last, typed));
        }
        return result.ToEquatableList();
    }

    private Firewall Firewall()
    {
        var p = OptionPaths.Firewall;
        return new Firewall
        {
            Enable = Bool(p.Append("enable")),
            AllowedTcpPorts = List(p.Append("allowedTCPPorts"), "ports (integers 1–65535)", Port) ?? [],
            AllowedUdpPorts = List(p.Append("allowedUDPPorts"), "ports (integers 1–65535)", Port) ?? [],
            TrustedInterfaces = List(p.Append("trustedInterfaces"), "interface names (strings)", (v, c) => c is null ? Plain(v) : null) ?? [],
        };
    }

    private static FirewallPort? Port(NixValue value, string? comment) =>
        value is NixInt { Value: >= 1 and <= 65535 } n ? new FirewallPort((int)n.Value, comment) : null;

    private EquatableList<ActivationScript> ActivationScripts()
    {
        var result = new List<ActivationScript>();
        var prefix = OptionPaths.ActivationScripts;
        _declared?.Add(new TypedOption(prefix.Append("*", "text"), "a string", null));
        foreach (int i in Under(prefix, exactLength: prefix.Length + 2))
        {
            var path = _definitions[i].Path;
            if (path.Last != "text" || Unwrap(_definitions[i].Value).Value is not NixString text) continue;
            Consume(i);
            result.Add(new ActivationScript(path[prefix.Length], text));
        }
        return result.ToEquatableList();
    }

    private K3sService K3s()
    {
        var p = OptionPaths.K3s;
        var g = p.Append("gracefulNodeShutdown");
        return new K3sService
        {
            Enable = Bool(p.Append("enable")),
            Package = Typed(p.Append("package"), "a package", v => v as NixExpression),
            Role = Typed(p.Append("role"), "\"server\" or \"agent\"", v => Plain(v) switch { "server" => K3sRole.Server, "agent" => K3sRole.Agent, _ => (K3sRole?)null }),
            ServerAddr = String(p.Append("serverAddr")),
            ClusterInit = Bool(p.Append("clusterInit")),
            Token = String(p.Append("token")),
            TokenFile = Take(p.Append("tokenFile"), v => v),
            AgentToken = String(p.Append("agentToken")),
            AgentTokenFile = Take(p.Append("agentTokenFile"), v => v),
            ConfigPath = Take(p.Append("configPath"), v => v),
            EnvironmentFile = Take(p.Append("environmentFile"), v => v),
            Disable = List(p.Append("disable"), "component names (strings)", (v, c) => Plain(v) is { } name ? new DisabledComponent(name, c) : null) ?? [],
            DisableAgent = Bool(p.Append("disableAgent")),
            // One string of flags is split into this list when read (HostModuleMapper), so it is taken too.
            ExtraFlags = List(p.Append("extraFlags"), "strings or one string", (v, c) => v is NixString s ? new K3sFlag(s, c) : null) ?? [],
            NodeName = String(p.Append("nodeName")),
            NodeLabel = List(p.Append("nodeLabel"), "strings", (v, c) => c is null ? Plain(v) : null) ?? [],
            NodeTaint = List(p.Append("nodeTaint"), "strings", (v, c) => c is null ? Plain(v) : null) ?? [],
            NodeIP = String(p.Append("nodeIP")),
            NodeExternalIP = String(p.Append("nodeExternalIP")),
            Selinux = Bool(p.Append("selinux")),
            GracefulNodeShutdown = new GracefulNodeShutdown
            {
                Enable = Bool(g.Append("enable")),
                ShutdownGracePeriod = Typed(g.Append("shutdownGracePeriod"), DurationExpected, Duration),
                ShutdownGracePeriodCriticalPods = Typed(g.Append("shutdownGracePeriodCriticalPods"), DurationExpected, Duration),
            },
            ExtraKubeletConfig = Attrs(p.Append("extraKubeletConfig")),
            ExtraKubeProxyConfig = Attrs(p.Append("extraKubeProxyConfig")),
            ContainerdConfigTemplate = String(p.Append("containerdConfigTemplate")),
            Images = List(p.Append("images"), "image packages", (v, c) => c is null ? v as NixExpression : null) ?? [],
            Manifests = Map(p.Append("manifests"), m => new K3sManifest
            {
                Enable = Bool(m.Append("enable")),
                Target = String(m.Append("target")),
                Content = Value(m.Append("content")),
                Source = Value(m.Append("source")),
            }),
            Charts = Map(p.Append("charts"), c => Value(c)!, leafNames: true),
            AutoDeployCharts = Map(p.Append("autoDeployCharts"), c => new AutoDeployChart
            {
                Enable = Bool(c.Append("enable")),
                Repo = String(c.Append("repo")),
                Name = String(c.Append("name")),
                Version = String(c.Append("version")),
                Hash = String(c.Append("hash")),
                Package = Value(c.Append("package")),
                TargetNamespace = String(c.Append("targetNamespace")),
                CreateNamespace = Bool(c.Append("createNamespace")),
                Values = Value(c.Append("values")),
                ExtraDeploy = Value(c.Append("extraDeploy")),
                ExtraFieldDefinitions = Value(c.Append("extraFieldDefinitions")),
            }),
        };
    }

    private const string DurationExpected = "a duration string (such as \"30s\" or \"1m30s\")";

    private static GoDuration? Duration(NixValue value)
    {
        if (Plain(value) is not { } text) return null;
        try
        {
            return new GoDuration(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private Persistence? Persistence()
    {
        var prefix = OptionPaths.Persistence;
        foreach (int i in Under(prefix, exactLength: prefix.Length + 2))
        {
            var path = _definitions[i].Path;
            if (path.Last != "directories") continue;
            // Declared by no pattern: a second persistence root is left for the model's one root, not for its type.
            var directories = List(path, "directory names (strings)", (v, c) => c is null ? Plain(v) : null);
            if (directories is not null) return new Persistence(path[prefix.Length], directories);
        }
        return null;
    }

    private EquatableList<string> SystemPackages() =>
        Typed(OptionPaths.SystemPackages, "a list of packages", v =>
        {
            if (v is not NixWith { Namespace.Text: "pkgs", Body: NixList list }) return null;
            var names = new List<string>();
            foreach (var item in list.Items)
            {
                if (item.Comment is not null || item.Value is not NixExpression e) return null;
                names.Add(e.Text);
            }
            return names.ToEquatableList();
        }) ?? [];

    // ---- generic access ----

    private IEnumerable<int> Under(OptionPath prefix, int exactLength)
    {
        for (int i = 0; i < _definitions.Count; i++)
            if (!_consumed[i] && _definitions[i].Path.Length == exactLength && _definitions[i].Path.StartsWith(prefix)) yield return i;
    }

    private static (NixValue Value, Priority Priority) Unwrap(NixValue value) =>
        value is NixPriority p ? (p.Value, p.Priority) : (value, Priority.Normal);

    private void Consume(int index)
    {
        _consumed[index] = true;
        var definition = _definitions[index];
        var key = definition.Path.ToString();
        if (definition.Remark is { } remark) _remarks[key] = remark;
        var (_, priority) = Unwrap(definition.Value);
        if (priority != Priority.Normal) _priorities[key] = priority;
    }

    private T? Take<T>(OptionPath path, Func<NixValue, T?> convert)
    {
        if (!_byPath.TryGetValue(path.ToString(), out int index) || _consumed[index]) return default;
        var result = convert(Unwrap(_definitions[index].Value).Value);
        if (result is not null) Consume(index);
        return result;
    }

    // A typed option: declared with what it takes, then taken when the value converts.
    private T? Typed<T>(OptionPath path, string expected, Func<NixValue, T?> convert, Func<NixValue, bool>? takesElement = null)
    {
        _declared?.Add(new TypedOption(path, expected, takesElement));
        return Take(path, convert);
    }

    private bool? Bool(OptionPath path) => Typed(path, "a boolean", v => v is NixBool b ? b.Value : (bool?)null);

    private NixString? String(OptionPath path) => Typed(path, "a string", v => v as NixString);

    private static string? Plain(NixValue value) => value is NixString { Indented: false, IsPlain: true } s ? s.PlainText : null;

    // A list option of the elements `elements` describes (`ports (integers 1–65535)`); a list with an element
    // `convert` does not take, or an element's comment it does not keep, stays untyped.
    private EquatableList<T>? List<T>(OptionPath path, string elements, Func<NixValue, string?, T?> convert) where T : class =>
        Typed(path, "a list of " + elements, v =>
        {
            if (v is not NixList list) return null;
            var items = new List<T>(list.Items.Count);
            foreach (var item in list.Items)
            {
                if (convert(item.Value, item.Comment) is not { } typed) return null;
                items.Add(typed);
            }
            return items.ToEquatableList();
        }, v => convert(v, null) is not null);

    // A free-form value: the definition at the path itself, or the leaves under it gathered into a set.
    private NixValue? Value(OptionPath path)
    {
        var exact = Take(path, v => v);
        if (exact is not null) return exact;
        var attrs = Attrs(path);
        return attrs.Bindings.Count > 0 ? attrs : null;
    }

    private NixAttrs Attrs(OptionPath prefix)
    {
        var bindings = new List<NixBinding>();
        for (int i = 0; i < _definitions.Count; i++)
        {
            var d = _definitions[i];
            if (_consumed[i] || d.Path.Length <= prefix.Length || !d.Path.StartsWith(prefix)) continue;
            _consumed[i] = true;
            bindings.Add(new NixBinding(d.Path.Skip(prefix.Length), d.Value, d.Remark));
        }
        return bindings.Count == 0 ? NixAttrs.Empty : new NixAttrs(bindings.ToEquatableList());
    }

    private EquatableMap<T> Map<T>(OptionPath prefix, Func<OptionPath, T> read, bool leafNames = false)
    {
        var names = new List<string>();
        for (int i = 0; i < _definitions.Count; i++)
        {
            var d = _definitions[i];
            if (_consumed[i] || d.Path.Length <= prefix.Length + (leafNames ? 0 : 1) || !d.Path.StartsWith(prefix)) continue;
            var name = d.Path[prefix.Length];
            if (!names.Contains(name)) names.Add(name);
        }
        // Declaring: one entry stands for every name.
        if (_declared is not null) names.Add("*");
        return EquatableMap<T>.Create(names.Select(n => KeyValuePair.Create(n, read(prefix.Append(n)))));
    }
}

using K3s.Modules.Values;

namespace K3s.Modules.Tests.Model;

/// <summary>
/// Random <see cref="K3sNodeModule"/> values within what the library emits exactly: free-form settings in
/// canonical leaf form, comments only on bindings that print, indented strings that print indented.
/// </summary>
internal static class ModuleGenerator
{
    private static readonly string[] Identifiers = ["a", "b2", "x_y", "with-dash", "it's", "settings", "enable", "foo", "_under"];
    private static readonly string[] Quoted = ["io.containerd.grpc.v1.cri", "a b", "quote\"d", "back\\slash", "dollar${x}", "ünïcode", "in", "rec", "1abc", ""];
    private static readonly string[] Expressions =
        ["config.networking.fqdn", "pkgs.hello", "lib.getExe pkgs.rsync", "config.age.secrets.\"k3s-token\".path", "a + b", "builtins.toString 5", "x: x", "./relative/path", "{ inherit a; }"];
    private static readonly string[] Packages = ["k3s", "kubectl", "k9s", "cilium-cli", "kubernetes-helm", "jq", "python3"];
    private const string TextAlphabet = "abc XYZ019-_./:=\"\\$'{}\t\n#@%\u00e9\u4e2d";

    public static K3sNodeModule Generate(Random r)
    {
        var module = new K3sNodeModule
        {
            KernelModules = ListOf(r, 0, 4, () => new KernelModule(Name(r), r.Next(3) == 0 ? Comment(r) : null)),
            Sysctls = UniqueBy(ListOf(r, 0, 5, () => new Sysctl(Pick(r, ["net.ipv4.ip_forward", "kernel.panic", "net.ipv4.conf.lxc*.rp_filter", "vm.x", "a"]) + r.Next(3),
                r.Next(2) == 0 ? new SysctlInteger(r.NextInt64(long.MinValue + 1, long.MaxValue)) : new SysctlText(Text(r, 6)))), s => s.Key),
            Firewall = new Firewall
            {
                Enable = Maybe(r, () => r.Next(2) == 0),
                AllowedTcpPorts = ListOf(r, 0, 4, () => new FirewallPort(r.Next(1, 65536), r.Next(2) == 0 ? Comment(r) : null)),
                AllowedUdpPorts = ListOf(r, 0, 3, () => new FirewallPort(r.Next(1, 65536))),
                TrustedInterfaces = ListOf(r, 0, 3, () => Name(r) + "+"),
            },
            Containerd = new Containerd { Enable = Maybe(r, () => r.Next(2) == 0), Settings = Leaves(r, ["plugins"]) },
            ActivationScripts = UniqueBy(ListOf(r, 0, 2, () => new ActivationScript(Name(r), r.Next(2) == 0 ? Indented(r) : String(r))), a => a.Name),
            K3s = K3s(r),
            Persistence = r.Next(3) == 0 ? new Persistence("/" + Name(r), ListOf(r, 0, 3, () => "/var/" + Name(r))) : null,
            SystemPackages = ListOf(r, 0, 4, () => Pick(r, Packages)),
            OtherSettings = Leaves(r, ["services", "zerotierone"]),
        };
        // Comments and priorities on bindings that print and belong to typed options.
        var definitions = module.ToDefinitions();
        var typed = definitions.Select(d => d.Path).Where(p => p.Segments[0] is "boot" or "networking" or "environment"
            || (p.StartsWith(OptionPaths.K3s) && p.Length == 3)).ToList();
        var groups = definitions.SelectMany(d => Enumerable.Range(1, d.Path.Length - 1).Where(l => OptionPaths.IsNestedGroup(d.Path, l))
            .Select(l => new OptionPath(d.Path.Segments.Take(l).ToEquatableList()))).Distinct().ToList();
        foreach (var path in typed.Concat(groups))
        {
            if (r.Next(4) == 0 && Remark(r) is { } remark) module = module.WithRemark(path.ToString(), remark);
        }
        foreach (var path in typed)
        {
            if (r.Next(6) == 0) module = module.WithPriority(path.ToString(), r.Next(2) == 0 ? Priority.Force : Priority.Default);
        }
        return module;
    }

    private static K3sService K3s(Random r) => new()
    {
        Enable = Maybe(r, () => r.Next(2) == 0),
        Package = r.Next(3) == 0 ? NixExpression.Package(Pick(r, Packages)) : null,
        Role = Maybe(r, () => r.Next(2) == 0 ? K3sRole.Server : K3sRole.Agent),
        ServerAddr = r.Next(3) == 0 ? String(r) : null,
        ClusterInit = Maybe(r, () => r.Next(2) == 0),
        Token = r.Next(4) == 0 ? String(r) : null,
        TokenFile = r.Next(3) == 0 ? (r.Next(2) == 0 ? NixExpression.AgenixSecret(Name(r)) : String(r)) : null,
        AgentToken = r.Next(5) == 0 ? String(r) : null,
        AgentTokenFile = r.Next(5) == 0 ? NixExpression.SopsSecret(Name(r)) : null,
        ConfigPath = r.Next(5) == 0 ? NixExpression.Parse("./k3s.yaml") : null,
        EnvironmentFile = r.Next(5) == 0 ? String(r) : null,
        Disable = ListOf(r, 0, 3, () => new DisabledComponent(Name(r), r.Next(2) == 0 ? Comment(r) : null)),
        DisableAgent = Maybe(r, () => r.Next(2) == 0),
        ExtraFlags = ListOf(r, 0, 4, () => new K3sFlag(String(r), r.Next(2) == 0 ? Comment(r) : null)),
        NodeName = r.Next(4) == 0 ? String(r) : null,
        NodeLabel = ListOf(r, 0, 2, () => Text(r, 5)),
        NodeTaint = ListOf(r, 0, 2, () => Text(r, 5)),
        NodeIP = r.Next(4) == 0 ? NixString.Of("10.0.0." + r.Next(255)) : null,
        NodeExternalIP = r.Next(5) == 0 ? NixString.Of("203.0.113." + r.Next(255)) : null,
        Selinux = Maybe(r, () => r.Next(2) == 0),
        GracefulNodeShutdown = new GracefulNodeShutdown
        {
            Enable = Maybe(r, () => r.Next(2) == 0),
            ShutdownGracePeriod = r.Next(3) == 0 ? GoDuration.FromSeconds(r.Next(1000)) : null,
            ShutdownGracePeriodCriticalPods = r.Next(3) == 0 ? new GoDuration("1m" + r.Next(60) + "s") : null,
        },
        ExtraKubeletConfig = Leaves(r, []),
        ExtraKubeProxyConfig = Leaves(r, ["clientConnection"]),
        ContainerdConfigTemplate = r.Next(4) == 0 ? Indented(r) : null,
        Images = ListOf(r, 0, 2, () => NixExpression.Package(Pick(r, Packages))),
        Manifests = Map(r, () => new K3sManifest
        {
            Enable = r.Next(2) == 0,
            Target = r.Next(2) == 0 ? NixString.Of(Name(r) + ".yaml") : null,
            Content = r.Next(2) == 0 ? Leaves(r, ["metadata"], atLeastOne: true) : null,
            Source = r.Next(3) == 0 ? NixExpression.Parse("./manifests/x.yaml") : null,
        }),
        Charts = Map<NixValue>(r, () => r.Next(2) == 0 ? NixExpression.Package(Pick(r, Packages)) : String(r)),
        AutoDeployCharts = Map(r, () => new AutoDeployChart
        {
            Repo = NixString.Of("https://charts.example.org"),
            Name = r.Next(2) == 0 ? String(r) : null,
            Version = r.Next(2) == 0 ? NixString.Of("1." + r.Next(10)) : null,
            Hash = r.Next(3) == 0 ? String(r) : null,
            Package = r.Next(4) == 0 ? NixExpression.Package("hello") : null,
            TargetNamespace = r.Next(2) == 0 ? NixString.Of(Name(r)) : null,
            CreateNamespace = Maybe(r, () => r.Next(2) == 0),
            Values = r.Next(2) == 0 ? Leaves(r, ["global"], atLeastOne: true) : null,
            ExtraDeploy = r.Next(3) == 0 ? new NixList([new NixListItem(Leaves(r, ["x"], atLeastOne: true))]) : null,
            ExtraFieldDefinitions = r.Next(4) == 0 ? Leaves(r, ["spec"], atLeastOne: true) : null,
        }),
    };

    // A free-form set in canonical form: leaves with distinct paths, none a prefix of another.
    private static NixAttrs Leaves(Random r, string[] root, bool atLeastOne = false)
    {
        int count = r.Next(atLeastOne ? 1 : 0, 4);
        var bindings = new List<NixBinding>();
        for (int i = 0; i < count; i++)
        {
            // A distinct leading name per leaf keeps paths free of prefixes of each other.
            var path = OptionPath.Of([.. root, $"k{i}", .. Enumerable.Range(0, r.Next(3)).Select(_ => Name(r))]);
            bindings.Add(new NixBinding(path, Scalar(r, 2), r.Next(4) == 0 ? Remark(r) : null));
        }
        return new NixAttrs(bindings.ToEquatableList());
    }

    private static NixValue Scalar(Random r, int depth) => r.Next(depth > 0 ? 9 : 6) switch
    {
        0 => new NixBool(r.Next(2) == 0),
        1 => new NixInt(r.NextInt64(-1000, 1000)),
        2 => String(r),
        3 => NixNull.Instance,
        4 => NixExpression.Parse(Pick(r, Expressions)),
        5 => new NixPriority(r.Next(2) == 0 ? Priority.Force : Priority.Default, Scalar(r, 0)),
        6 => new NixList(ListOf(r, 0, 3, () => new NixListItem(Scalar(r, depth - 1), r.Next(3) == 0 ? Comment(r) : null))),
        7 => NixAttrs.Empty,
        _ => new NixWith(NixExpression.Parse("pkgs"), new NixList(ListOf(r, 1, 3, () => new NixListItem(NixExpression.Parse(Pick(r, Packages)))))),
    };

    private static NixString String(Random r)
    {
        var parts = new List<StringPart>();
        for (int i = r.Next(4); i > 0; i--)
            parts.Add(r.Next(3) == 0 ? new InterpolationPart(NixExpression.Parse(Pick(r, Expressions))) : new TextPart(Text(r, 8)));
        return new NixString(parts);
    }

    // Lines that start with content, each ending in a line end: Nix strips no indentation of its own.
    private static NixString Indented(Random r)
    {
        var parts = new List<StringPart>();
        for (int line = r.Next(1, 4); line > 0; line--)
        {
            if (r.Next(4) == 0 && line > 1) { parts.Add(new TextPart("\n")); continue; }
            parts.Add(r.Next(3) == 0 ? new InterpolationPart(NixExpression.Parse(Pick(r, Expressions))) : new TextPart(Pick(r, ["x", "''", "${", "$", "'", "#", "\u00e9"])));
            parts.Add(new TextPart(Text(r, 6).Replace("\n", "").Replace("\r", "")));
            if (r.Next(3) == 0) parts.Add(new InterpolationPart(NixExpression.Parse(Pick(r, Expressions))));
            parts.Add(new TextPart("\n"));
        }
        return new NixString(parts, indented: true);
    }

    // Null rather than a remark without comments: an empty remark prints nothing, so it cannot be read back.
    private static Remark? Remark(Random r)
    {
        var remark = new Remark(ListOf(r, 0, 2, () => Comment(r)), r.Next(2) == 0 ? Comment(r) : null);
        return remark.IsEmpty ? null : remark;
    }

    private static string Comment(Random r) => Text(r, 10).Replace("\n", " ").Replace("\t", " ").TrimEnd();

    private static string Text(Random r, int max) => new(Enumerable.Range(0, r.Next(max + 1)).Select(_ => TextAlphabet[r.Next(TextAlphabet.Length)]).ToArray());

    private static string Name(Random r) => r.Next(3) == 0 ? Pick(r, Quoted) : Pick(r, Identifiers);

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    private static T? Maybe<T>(Random r, Func<T> make) where T : struct => r.Next(2) == 0 ? make() : null;

    private static EquatableList<T> ListOf<T>(Random r, int min, int max, Func<T> make) =>
        Enumerable.Range(0, r.Next(min, max + 1)).Select(_ => make()).ToEquatableList();

    private static EquatableList<T> UniqueBy<T>(EquatableList<T> items, Func<T, string> key) =>
        items.DistinctBy(key, StringComparer.Ordinal).ToEquatableList();

    private static EquatableMap<T> Map<T>(Random r, Func<T> make) =>
        EquatableMap<T>.Create(Enumerable.Range(0, r.Next(3)).Select(_ => KeyValuePair.Create(Name(r), make())));
}

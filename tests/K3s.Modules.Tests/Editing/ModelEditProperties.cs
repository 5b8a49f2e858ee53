using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using K3s.Modules.Editing;
using K3s.Modules.Values;
using Nix.Syntax;

namespace K3s.Modules.Tests.Editing;

/// <summary>
/// Random small changes of a model read from a hand-written file, written back: the edit succeeds, the text
/// parses, it reads back as the changed model, and every line the changes do not concern is still there, in order.
/// </summary>
public sealed class ModelEditProperties
{
    private const string Path = "/virtual/node.nix";

    private static readonly string[] ModulePool = ["nf_conntrack", "ip_vs", "bpf", "wireguard", "overlay"];
    private static readonly int[] PortPool = [22, 2379, 2380, 4240, 8472, 9100, 6443];
    private static readonly string[] FlagPool = ["--debug", "--disable-kube-proxy", "--tls-san=${config.networking.fqdn}", "--node-ip=10.0.0.5"];
    private static readonly string[] InterfacePool = ["lxc+", "cilium_vxlan", "zt+"];

    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    [Property(MaxTest = 150)]
    public Property HetzkubeStyle_RandomChangesReadBack() => Prop.ForAll(Seeds, seed => Check(EditFixtures.Hetzkube, seed));

    [Property(MaxTest = 150)]
    public Property SiniStyle_RandomChangesReadBack() => Prop.ForAll(Seeds, seed => Check(EditFixtures.Sini, seed));

    [Property(MaxTest = 100)]
    public Property DottedStyle_RandomChangesReadBack() => Prop.ForAll(Seeds, seed => Check(EditFixtures.Dotted, seed));

    // Seeds that once failed, kept as regressions.
    [Theory]
    [InlineData(297395041)]
    public void DottedStyle_KnownSeeds(int seed) => Assert.True(Check(EditFixtures.Dotted, seed));

    private static bool Check(string text, int seed)
    {
        var random = new Random(seed);
        var document = K3sModuleDocument.Parse(text, Path);
        var model = document.Model;
        // Words of the lines a change may rewrite: the option's own line, the elements removed.
        var touched = new List<string>();
        int count = random.Next(1, 4);
        for (int i = 0; i < count; i++) model = Change(model, random, touched);
        model = Forget(model, model.K3s.Role is null ? "services.k3s.role" : null);
        model = Forget(model, model.K3s.ClusterInit is null ? "services.k3s.clusterInit" : null);
        var result = document.Apply(model);
        if (!result.Succeeded) throw new InvalidOperationException($"seed {seed}: " + string.Join("; ", result.Refusals));
        var edited = result.Changes.Count == 0 ? text : Assert.Single(result.Changes).NewText;
        var diagnostics = NixSyntaxTree.ParseText(edited).GetDiagnostics();
        if (diagnostics.Count > 0) throw new InvalidOperationException($"seed {seed}: {diagnostics[0]}\n{edited}");
        var back = K3sModuleDocument.Parse(edited, Path).Model;
        if (!back.Equals(model)) throw new InvalidOperationException($"seed {seed}: read back differs\n{edited}");
        if (!KeepsUntouchedLines(text, edited, touched)) throw new InvalidOperationException($"seed {seed}: an untouched line changed\n{edited}");
        return true;
    }

    private static K3sNodeModule Change(K3sNodeModule m, Random random, List<string> touched)
    {
        switch (random.Next(10))
        {
            case 0:
                return m with { KernelModules = AddNew(m.KernelModules, ModulePool.Select(n => new KernelModule(n)), random) };
            case 1 when m.KernelModules.Count > 0:
                touched.Add("kernelModules");
                return m with { KernelModules = RemoveOne(m.KernelModules, random, k => touched.Add(k.Name)) };
            case 2:
                touched.Add("allowedTCPPorts");
                return m with { Firewall = m.Firewall with { AllowedTcpPorts = AddNew(m.Firewall.AllowedTcpPorts, PortPool.Select(p => new FirewallPort(p)), random) } };
            case 3 when m.Firewall.AllowedTcpPorts.Count > 0:
                touched.Add("allowedTCPPorts");
                return m with { Firewall = m.Firewall with { AllowedTcpPorts = RemoveOne(m.Firewall.AllowedTcpPorts, random, p => touched.Add(p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))) } };
            case 4:
                touched.Add("extraFlags");
                return m with { K3s = m.K3s with { ExtraFlags = AddNew(m.K3s.ExtraFlags, FlagPool.Select(f => K3sFlag.Of(f)), random) } };
            case 5 when m.K3s.ExtraFlags.Count > 0:
                touched.Add("extraFlags");
                return m with { K3s = m.K3s with { ExtraFlags = RemoveOne(m.K3s.ExtraFlags, random, f => touched.Add(f.Value.ToString())) } };
            case 6:
                touched.Add("role");
                var role = random.Next(3) switch { 0 => K3sRole.Server, 1 => (K3sRole?)K3sRole.Agent, _ => null };
                return m with { K3s = m.K3s with { Role = role } };
            case 7:
                touched.Add("clusterInit");
                var init = random.Next(3) switch { 0 => true, 1 => (bool?)false, _ => null };
                return m with { K3s = m.K3s with { ClusterInit = init } };
            case 8:
                touched.Add("trustedInterfaces");
                return m with { Firewall = m.Firewall with { TrustedInterfaces = AddNew(m.Firewall.TrustedInterfaces, InterfacePool, random) } };
            default:
                touched.Add("ip_forward");
                return m with { Sysctls = [new Sysctl("net.ipv4.ip_forward", new SysctlInteger(random.Next(2)))] };
        }
    }

    // An option unset takes its comment and priority with it.
    private static K3sNodeModule Forget(K3sNodeModule m, string? path) => path is null ? m : m with
    {
        Remarks = EquatableMap<Remark>.Create(m.Remarks.Where(r => r.Key != path)),
        Priorities = EquatableMap<Priority>.Create(m.Priorities.Where(p => p.Key != path)),
    };

    private static EquatableList<T> AddNew<T>(EquatableList<T> list, IEnumerable<T> pool, Random random)
    {
        var fresh = pool.Where(p => !list.Contains(p)).ToList();
        return fresh.Count == 0 ? list : list.Add(fresh[random.Next(fresh.Count)]);
    }

    private static EquatableList<T> RemoveOne<T>(EquatableList<T> list, Random random, Action<T> removed)
    {
        int index = random.Next(list.Count);
        removed(list[index]);
        return list.Where((_, i) => i != index).ToEquatableList();
    }

    // The original's lines that mention nothing touched appear in the edited text in the same order.
    private static bool KeepsUntouchedLines(string original, string edited, List<string> touched)
    {
        var editedLines = edited.Split('\n');
        int at = 0;
        foreach (var line in original.Split('\n'))
        {
            // A list emptied loses its binding, closing bracket included.
            if (touched.Any(t => line.Contains(t, StringComparison.Ordinal)) || line.Trim() == "];") continue;
            while (at < editedLines.Length && editedLines[at] != line) at++;
            if (at == editedLines.Length) return false;
            at++;
        }
        return true;
    }
}

using K3s.Modules.Linting.Flags;
using K3s.Modules.Reading;
using OptionPath = K3s.Modules.Values.OptionPath;

namespace K3s.Modules.Linting;

/// <summary>
/// What the rules ask of a host, computed once: whether k3s is configured, its role, its flags, the
/// firewall, kernel modules and sysctls.
/// </summary>
internal sealed class HostFacts
{
    private K3sFlagSet? _flags;
    private FirewallFacts? _firewall;

    public HostFacts(HostConfiguration host, int hostsInRun = 1)
    {
        Host = host;
        HostsInRun = hostsInRun;
    }

    /// <summary>How many hosts the lint run grouped its files into (this one included).</summary>
    public int HostsInRun { get; }

    public HostConfiguration Host { get; }

    private bool? _hasK3s;

    /// <summary>Whether any module defines something under <c>services.k3s</c>.</summary>
    public bool HasK3s => _hasK3s ??= Host.Definitions.Any(d => d.Path.StartsWith(K3s));

    public static readonly OptionPath K3s = OptionPaths.K3s;

    // The rules name options by dotted strings, the same few for every host: parse each once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, OptionPath> Paths = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, OptionPath> K3sPaths = new(StringComparer.Ordinal);

    /// <summary>The parsed <paramref name="dotted"/> path (cached).</summary>
    public static OptionPath PathOf(string dotted) => Paths.GetOrAdd(dotted, OptionPath.Parse);

    public OptionPath K3sOption(string name) => K3sPaths.GetOrAdd(name, n => K3s.Append(OptionPath.Parse(n)));

    public IReadOnlyList<OptionDefinition> Get(string path) => Host.Get(PathOf(path));

    public IReadOnlyList<OptionDefinition> K3sDefinitions(string option) => Host.Get(K3sOption(option));

    public EffectiveValue K3sEffective(string option) => Host.GetEffective(K3sOption(option));

    /// <summary>The role: "server" (the module default), "agent", or null when unknown.</summary>
    public string? Role
    {
        get
        {
            var role = K3sEffective("role");
            if (role.Value is null) return "server";
            return role.Value is NixString s && !role.IsConditional ? s.Value : null;
        }
    }

    public bool IsServer => Role == "server";

    public bool IsAgent => Role == "agent";

    public K3sFlagSet Flags => _flags ??= K3sFlagSet.Of(Host);

    public FirewallFacts Firewall => _firewall ??= new FirewallFacts(Host);

    /// <summary>The known string elements of a list option, with their conditions and definitions; unknown is set when some part is not known.</summary>
    public List<(string Value, NixValue Element, OptionDefinition Definition)> StringElements(string path, out bool unknown)
    {
        unknown = false;
        var result = new List<(string, NixValue, OptionDefinition)>();
        foreach (var d in Host.GetEffective(PathOf(path)).Winners)
        {
            if (d.Value is not NixList list) { unknown = true; continue; }
            foreach (var (v, _) in list.ElementsWithConditions())
            {
                if (v is NixString s) result.Add((s.Value, v, d));
                else unknown = true;
            }
        }
        return result;
    }

    /// <summary>The sysctl keys set, with their definitions.</summary>
    public ILookup<string, OptionDefinition> Sysctls =>
        Host.Under(OptionPaths.Sysctl).Where(d => d.Path.Length == 4).ToLookup(d => d.Path.Last, StringComparer.Ordinal);

    /// <summary>Whether extraFlags or the typed options may hold values the reader cannot see.</summary>
    public bool K3sHasUnknowns => Flags.HasUnknownFlags;
}

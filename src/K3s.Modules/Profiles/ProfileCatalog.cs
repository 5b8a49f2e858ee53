using K3s.Modules.Values;

namespace K3s.Modules.Profiles;

/// <summary>
/// The profiles by name, as <c>nixk3s emit --profile NAME</c> takes them: <c>design-document-example</c>,
/// <c>local-dev</c>, <c>production</c>, <c>ha-first-server</c>, <c>ha-joining-server</c>, <c>cilium-server</c>.
/// </summary>
public static class ProfileCatalog
{
    /// <summary>The parameter names <see cref="Build"/> understands.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = ["hostname", "fqdn", "externalIp", "tokenFile", "env", "serverAddr"];

    /// <summary>Every profile, in a stable order.</summary>
    public static IReadOnlyList<ProfileInfo> Profiles { get; } =
    [
        new("design-document-example", "The design document's complete example, as written (its mistakes included)", _ => DesignDocumentExample.Build()),
        new("local-dev", "Local development server: single node on sqlite, firewall off", p => LocalDevServer.Build(p.Hostname)),
        new("production", "Production server: etcd HA, firewall on, TLS SANs, CIDRs, token file, persistence", ProductionServer.Build),
        new("ha-first-server", "First HA server: clusterInit and a token file", HaServers.FirstServer),
        new("ha-joining-server", "Joining HA server: serverAddr of the first server and the same token", HaServers.JoiningServer),
        new("cilium-server", "Cilium server done right: no flannel in disable, --flannel-backend=none, no 4789/udp", p => CiliumServer.Build(p)),
    ];

    /// <summary>The names of <see cref="Profiles"/>.</summary>
    public static IEnumerable<string> Names => Profiles.Select(p => p.Name);

    /// <summary>The profile called <paramref name="name"/>, or null.</summary>
    /// <param name="name">A profile name.</param>
    /// <returns>The profile.</returns>
    public static ProfileInfo? Find(string name) => Profiles.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// Builds the profile <paramref name="name"/> from string parameters: <c>hostname</c>, <c>fqdn</c>,
    /// <c>externalIp</c>, <c>tokenFile</c> (an expression such as <c>config.age.secrets.k3s-token.path</c> or an
    /// absolute path), <c>env</c> (<c>local</c> or <c>production</c>) and <c>serverAddr</c>. Missing ones take
    /// the defaults of <see cref="ServerParameters"/>.
    /// </summary>
    /// <param name="name">The profile name.</param>
    /// <param name="parameters">The parameters by name (case-insensitive).</param>
    /// <returns>The module.</returns>
    /// <exception cref="ArgumentException">Unknown profile or parameter, or an invalid value.</exception>
    public static K3sNodeModule Build(string name, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var profile = Find(name) ?? throw new ArgumentException($"Unknown profile '{name}'. Known: {string.Join(", ", Names)}.", nameof(name));
        return profile.Create(Parse(parameters ?? new Dictionary<string, string>()));
    }

    /// <summary>Server parameters from strings.</summary>
    /// <param name="parameters">The parameters by name.</param>
    /// <returns>The typed parameters.</returns>
    public static ServerParameters Parse(IReadOnlyDictionary<string, string> parameters)
    {
        var result = new ServerParameters();
        foreach (var (key, value) in parameters)
        {
            result = key.ToLowerInvariant() switch
            {
                "hostname" => result with { Hostname = value },
                "fqdn" => result with { Fqdn = value },
                "externalip" => result with { ExternalIp = value },
                "tokenfile" => result with { TokenFile = value },
                "serveraddr" => result with { ServerAddr = value },
                "env" => result with
                {
                    Production = value switch
                    {
                        "production" => true,
                        "local" => false,
                        _ => throw new ArgumentException($"env is 'local' or 'production', not '{value}'.", nameof(parameters)),
                    },
                },
                _ => throw new ArgumentException($"Unknown parameter '{key}'. Known: {string.Join(", ", ParameterNames)}.", nameof(parameters)),
            };
        }
        return result;
    }
}

/// <summary>A named profile.</summary>
/// <param name="Name">The name <c>nixk3s emit --profile</c> takes.</param>
/// <param name="Description">One line on what it is.</param>
/// <param name="Create">Builds the module from parameters.</param>
public sealed record ProfileInfo(string Name, string Description, Func<ServerParameters, K3sNodeModule> Create);

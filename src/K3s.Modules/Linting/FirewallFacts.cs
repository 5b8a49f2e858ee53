using K3s.Modules.Reading;

namespace K3s.Modules.Linting;

/// <summary>A port (or range) opened by <c>networking.firewall.allowed{TCP,UDP}Port{s,Ranges}</c>.</summary>
internal sealed record OpenPort(int From, int To, bool Tcp, NixValue Element, OptionDefinition Definition)
{
    public bool Covers(int port) => From <= port && port <= To;
}

/// <summary>The NixOS firewall of a host as far as it is statically known.</summary>
internal sealed class FirewallFacts
{
    public FirewallFacts(HostConfiguration host)
    {
        var enable = host.GetEffective(HostFacts.PathOf("networking.firewall.enable"));
        EnableDefinitions = enable.Winners;
        // NixOS enables the firewall by default.
        Enabled = enable.Value is null ? true : enable.Value is NixBool b && !enable.IsConditional ? b.Value : null;
        foreach (var (option, tcp, range) in new[]
        {
            ("allowedTCPPorts", true, false), ("allowedUDPPorts", false, false),
            ("allowedTCPPortRanges", true, true), ("allowedUDPPortRanges", false, true),
        })
        {
            foreach (var d in host.Under(OptionPaths.Firewall))
            {
                // interfaces.<name>.allowedTCPPorts count as open too (on that interface).
                if (d.Path.Last != option) continue;
                if (d.Value is not NixList list) { HasUnknownPorts = true; continue; }
                foreach (var (v, _) in list.ElementsWithConditions())
                {
                    if (!range && v is NixInteger n) Ports.Add(new OpenPort((int)n.Value, (int)n.Value, tcp, v, d));
                    else if (range && v is NixAttrSet set && set.Get("from")?.Value is NixInteger f && set.Get("to")?.Value is NixInteger t)
                        Ports.Add(new OpenPort((int)f.Value, (int)t.Value, tcp, v, d));
                    else HasUnknownPorts = true;
                }
            }
        }
        foreach (var d in host.Get(HostFacts.PathOf("networking.firewall.trustedInterfaces")))
        {
            if (d.Value is not NixList list) { HasUnknownPorts = true; continue; }
            foreach (var (v, _) in list.ElementsWithConditions())
                if (v is NixString s) TrustedInterfaces.Add(s.Value); else HasUnknownPorts = true;
        }
    }

    /// <summary>True, false, or null when unknown or conditional.</summary>
    public bool? Enabled { get; }

    public IReadOnlyList<OptionDefinition> EnableDefinitions { get; }

    public List<OpenPort> Ports { get; } = new();

    public List<string> TrustedInterfaces { get; } = new();

    public bool HasUnknownPorts { get; }

    public bool IsOpen(int port, bool tcp) => Ports.Any(p => p.Tcp == tcp && p.Covers(port));
}

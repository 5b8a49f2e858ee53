using System.Text;

namespace K3s.Modules.Linting.Rules;

/// <summary>
/// Translates the common shapes of iptables rules written into the NixOS firewall's input chain
/// (<c>networking.firewall.extraCommands</c>) into nftables statements for
/// <c>networking.firewall.extraInputRules</c>. Rules outside these shapes are not translated (null), never guessed.
/// </summary>
/// <remarks>
/// Understood: <c>iptables</c>, <c>ip6tables</c> and NixOS's <c>ip46tables</c> with <c>-A</c>/<c>-I</c> on the
/// <c>nixos-fw</c> chain; <c>-p PROTO</c>, <c>--dport</c>/<c>--sport</c> with a port or range <c>N:M</c>,
/// <c>-m multiport --dports a,b</c>, <c>-s</c>/<c>-d</c> addresses, <c>-i IFACE</c> (<c>+</c> wildcard), <c>-m tcp</c>/<c>-m udp</c>;
/// targets <c>nixos-fw-accept</c>/<c>ACCEPT</c> (accept) and <c>DROP</c> (drop). extraInputRules sits in an
/// <c>inet</c> table that sees both address families, so a rule of <c>iptables</c> (IPv4 only) or
/// <c>ip6tables</c> (IPv6 only) keeps its family: through its address match, or else <c>meta nfproto</c>.
/// </remarks>
internal static class IptablesTranslator
{
    private static readonly HashSet<string> PortProtocols = new(StringComparer.Ordinal) { "tcp", "udp", "sctp" };

    /// <summary>The nftables statement for one iptables command line, or null when it is not a shape translated here.</summary>
    public static string? TranslateRule(string line)
    {
        var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || words.Any(w => w.IndexOfAny(['"', '\'', '\\', '$', '!', ';', '|', '&', '`']) >= 0)) return null;
        string? family = words[0] switch { "iptables" => "ipv4", "ip6tables" => "ipv6", "ip46tables" => "", _ => null };
        if (family is null) return null;
        if (words[1] is not ("-A" or "-I" or "--append" or "--insert") || words[2] != "nixos-fw") return null;
        string? protocol = null, dport = null, sport = null, source = null, destination = null, iface = null, verdict = null;
        for (int i = 3; i < words.Length; i++)
        {
            string? Next() => i + 1 < words.Length ? words[++i] : null;
            switch (words[i])
            {
                case "-p" or "--protocol": protocol = Next(); if (protocol is null || !IsName(protocol)) return null; break;
                case "-m" or "--match":
                    var module = Next();
                    if (module is not ("tcp" or "udp" or "multiport")) return null;
                    break;
                case "--dport" or "--destination-port" or "--dports" or "--destination-ports": dport = Ports(Next()); if (dport is null) return null; break;
                case "--sport" or "--source-port" or "--sports" or "--source-ports": sport = Ports(Next()); if (sport is null) return null; break;
                case "-s" or "--source": source = Address(Next()); if (source is null) return null; break;
                case "-d" or "--destination": destination = Address(Next()); if (destination is null) return null; break;
                case "-i" or "--in-interface":
                    var name = Next();
                    if (name is null || !IsInterface(name)) return null;
                    iface = name.EndsWith('+') ? name[..^1] + "*" : name;
                    break;
                case "-j" or "--jump":
                    verdict = Next() switch { "nixos-fw-accept" or "ACCEPT" => "accept", "DROP" => "drop", _ => null };
                    if (verdict is null) return null;
                    break;
                default: return null;
            }
        }
        if (verdict is null) return null;
        if ((dport ?? sport) is not null && (protocol is null || !PortProtocols.Contains(protocol))) return null;
        if ((source ?? destination) is not null && family.Length == 0) return null; // one address, two families

        var parts = new List<string>();
        string addressFamily = family == "ipv6" ? "ip6" : "ip";
        bool familyFixed = false;
        if (iface is not null) parts.Add($"iifname \"{iface}\"");
        if (source is not null) { parts.Add($"{addressFamily} saddr {source}"); familyFixed = true; }
        if (destination is not null) { parts.Add($"{addressFamily} daddr {destination}"); familyFixed = true; }
        if (protocol is not null)
        {
            if (dport is not null) parts.Add($"{protocol} dport {dport}");
            if (sport is not null) parts.Add($"{protocol} sport {sport}");
            if (dport is null && sport is null)
            {
                if (family == "ipv4") { parts.Add($"ip protocol {protocol}"); familyFixed = true; }
                else parts.Add($"meta l4proto {protocol}");
            }
        }
        if (family.Length > 0 && !familyFixed) parts.Insert(0, "meta nfproto " + family);
        parts.Add(verdict);
        return string.Join(" ", parts);
    }

    /// <summary>
    /// Translates the raw text of an extraCommands string line by line, keeping each line's indentation,
    /// blank lines and <c>#</c> comments; null (with the first untranslatable line) when any line is not a translated shape.
    /// </summary>
    public static string? TranslateText(string raw, out string? untranslated)
    {
        untranslated = null;
        var result = new StringBuilder(raw.Length);
        var lines = raw.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0) result.Append('\n');
            var line = lines[i];
            int indent = 0;
            while (indent < line.Length && line[indent] is ' ' or '\t') indent++;
            var content = line[indent..].TrimEnd('\r', ' ', '\t');
            if (content.Length == 0 || content.StartsWith('#')) { result.Append(line); continue; }
            var translated = TranslateRule(content);
            if (translated is null) { untranslated = content; return null; }
            result.Append(line, 0, indent).Append(translated);
        }
        return result.ToString();
    }

    /// <summary>A port, range <c>N:M</c> or comma list as nftables writes it (<c>N-M</c>, <c>{ a, b }</c>).</summary>
    private static string? Ports(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var items = text.Split(',');
        var result = new List<string>();
        foreach (var item in items)
        {
            var bounds = item.Split(':');
            if (bounds.Length > 2 || bounds.Any(b => !ushort.TryParse(b, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))) return null;
            result.Add(string.Join("-", bounds));
        }
        return result.Count == 1 ? result[0] : "{ " + string.Join(", ", result) + " }";
    }

    private static string? Address(string? text) =>
        text is not null && text.Length > 0 && text.All(c => char.IsAsciiHexDigit(c) || c is '.' or ':' or '/') ? text : null;

    private static bool IsName(string text) => text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static bool IsInterface(string text)
    {
        if (text.Length is 0 or > 16 || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '+')) return false;
        int plus = text.IndexOf('+');
        return plus < 0 || plus == text.Length - 1;
    }
}

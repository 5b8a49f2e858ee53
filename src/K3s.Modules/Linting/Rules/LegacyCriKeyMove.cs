using K3s.Modules.Reading;
using Nix.Syntax;
using Nix.Syntax.Text;
using OptionPath = K3s.Modules.Values.OptionPath;

namespace K3s.Modules.Linting.Rules;

/// <summary>
/// Where containerd 2.x reads a key written under the legacy CRI plugin id <c>io.containerd.grpc.v1.cri</c>,
/// as its config migration (version 2 to 3) moves it: image settings (<c>registry</c>, <c>image_decryption</c>,
/// <c>max_concurrent_downloads</c>, <c>image_pull_progress_timeout</c>, <c>image_pull_with_sync_fs</c>,
/// <c>stats_collect_period</c>, and <c>containerd.snapshotter</c>/<c>disable_snapshot_annotations</c>/<c>discard_unpacked_layers</c>
/// one level up) to <c>io.containerd.cri.v1.images</c>, <c>sandbox_image</c> to its <c>pinned_images.sandbox</c>,
/// the streaming server keys stay, and everything else (<c>containerd.*</c>, <c>cni.*</c>, the runtime flags) goes to
/// <c>io.containerd.cri.v1.runtime</c>. And the syntax edits that move such bindings there.
/// </summary>
internal static class LegacyCriKeyMove
{
    public const string Legacy = "io.containerd.grpc.v1.cri";
    public const string Runtime = "io.containerd.cri.v1.runtime";
    public const string Images = "io.containerd.cri.v1.images";

    /// <summary>Keys of the CRI server config, which containerd 2.x still reads under the legacy id.</summary>
    public static readonly HashSet<string> ServerKeys = new(StringComparer.Ordinal)
    {
        "disable_tcp_service", "stream_server_address", "stream_server_port", "stream_idle_timeout", "enable_tls_streaming", "x509_key_pair_streaming",
    };

    private static readonly HashSet<string> ImageKeys = new(StringComparer.Ordinal)
    {
        "registry", "image_decryption", "max_concurrent_downloads", "image_pull_progress_timeout", "image_pull_with_sync_fs", "stats_collect_period",
    };

    private static readonly HashSet<string> ContainerdImageKeys = new(StringComparer.Ordinal) { "snapshotter", "disable_snapshot_annotations", "discard_unpacked_layers" };

    /// <summary>How a path under the legacy id is rewritten.</summary>
    private enum Move { Undecided, Stay, Removed, Rename, DropContainerd, Sandbox }

    private static (Move Move, string? Plugin) Classify(IReadOnlyList<string> rest)
    {
        if (rest.Count == 0) return (Move.Undecided, null);
        if (rest[^1] == "disable_cgroup") return (Move.Removed, null);
        var key = rest[0];
        if (ServerKeys.Contains(key)) return (Move.Stay, null);
        if (ImageKeys.Contains(key)) return (Move.Rename, Images);
        if (key == "sandbox_image") return (Move.Sandbox, Images);
        if (key != "containerd") return (Move.Rename, Runtime);
        if (rest.Count < 2) return (Move.Undecided, null);
        return ContainerdImageKeys.Contains(rest[1]) ? (Move.DropContainerd, Images) : (Move.Rename, Runtime);
    }

    /// <summary>Whether a key path under the legacy id (after the id) is one containerd 2.x reads from another plugin.</summary>
    public static bool MovesElsewhere(IReadOnlyList<string> rest) => Classify(rest).Move is not Move.Stay;

    private static IReadOnlyList<string> TargetPath((Move Move, string? Plugin) c, IReadOnlyList<string> rest) => c.Move switch
    {
        Move.DropContainerd => rest.Skip(1).ToList(),
        Move.Sandbox => ["pinned_images", "sandbox", .. rest.Skip(1)],
        _ => rest,
    };

    /// <summary>
    /// A fix that moves every given legacy definition to its native plugin id by editing the binding that
    /// names the legacy id: a dotted path or a nested set whose keys all go to the same place. Null when one
    /// cannot be moved (a removed key, a set mixing runtime and image keys, a target already defined).
    /// </summary>
    public static LintFix? Fix(HostConfiguration host, IReadOnlyList<OptionDefinition> legacy, OptionPath plugins)
    {
        var owners = new List<(AttrPathValueSyntax Owner, int Index, List<OptionDefinition> Covered)>();
        foreach (var d in legacy)
        {
            var found = Owner(d);
            if (found is null) return null;
            var entry = owners.FindIndex(o => o.Owner == found.Value.Owner || o.Owner.SyntaxTree == found.Value.Owner.SyntaxTree && o.Owner.Span == found.Value.Owner.Span);
            if (entry < 0) owners.Add((found.Value.Owner, found.Value.Index, [d]));
            else owners[entry].Covered.Add(d);
        }
        var edits = new Dictionary<NixSyntaxTree, List<(TextSpan, string)>>();
        foreach (var (owner, index, covered) in owners)
        {
            var names = owner.AttrPath.Names;
            var ownerRest = new List<string>();
            for (int i = index + 1; i < names.Count; i++)
            {
                var name = names[i].GetStaticName();
                if (name is null) return null;
                ownerRest.Add(name);
            }
            var decided = Classify(ownerRest);
            foreach (var d in covered)
            {
                var rest = d.Path.Segments.Skip(plugins.Length + 1).ToList();
                var c = Classify(rest);
                if (c.Move is Move.Removed or Move.Stay or Move.Undecided) return null;
                // An undecided owner (the legacy id or its containerd set) is renamed as a whole: only runtime keys may sit under it.
                if (decided.Move == Move.Undecided ? c != (Move.Rename, Runtime) : c != decided) return null;
                var target = plugins.Append([c.Plugin!, .. TargetPath(c, rest)]);
                if (host.Get(target).Count > 0) return null;
            }
            var plugin = decided.Move == Move.Undecided ? Runtime : decided.Plugin!;
            if (owner.SyntaxTree is not { } tree) return null;
            if (!edits.TryGetValue(tree, out var list)) edits[tree] = list = [];
            list.Add(FixFactory.Replace(names[index], FixFactory.Quote(plugin)));
            if (decided.Move == Move.DropContainerd)
                list.Add((TextSpan.FromBounds(names[index + 1].SpanStart, names[index + 2].SpanStart), string.Empty));
            else if (decided.Move == Move.Sandbox)
                list.Add(FixFactory.Replace(names[index + 1], "pinned_images.sandbox"));
        }
        if (edits.Count == 0) return null;
        var fixes = new List<LintFix>();
        foreach (var (tree, list) in edits)
        {
            var fix = FixFactory.Create($"move the {Legacy} keys to {Runtime} / {Images}", tree, [.. list]);
            if (fix is null) return null;
            fixes.Add(fix);
        }
        return fixes.Count == 1 ? fixes[0] : new LintFix(fixes[0].Description, fixes.SelectMany(f => f.Edits).ToList(),
            fixes.SelectMany(f => f.NewTexts).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }

    /// <summary>The binding (the definition's own or an enclosing one) whose attribute path names the legacy id, and where.</summary>
    private static (AttrPathValueSyntax Owner, int Index)? Owner(OptionDefinition d)
    {
        for (var node = d.Binding; node is not null; node = node.Parent)
        {
            if (node is not AttrPathValueSyntax binding) continue;
            var names = binding.AttrPath.Names;
            for (int i = 0; i < names.Count; i++)
                if (names[i].GetStaticName() == Legacy) return (binding, i);
        }
        return null;
    }
}

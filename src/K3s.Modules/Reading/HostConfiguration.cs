using K3s.Modules.Values;

namespace K3s.Modules.Reading;

/// <summary>
/// The modules that make up one machine: a root file and the files it imports (or a set of framework
/// files auto-imported together), with their definitions indexed by option path.
/// </summary>
public sealed class HostConfiguration
{
    private readonly Dictionary<OptionPath, List<OptionDefinition>> _byPath = new();

    // Every definition, listed once: the rules walk them many times per host.
    private readonly List<OptionDefinition> _definitions = new();

    /// <summary>Creates a host from files (the first is the root).</summary>
    public HostConfiguration(IReadOnlyList<ModuleFile> files)
    {
        Files = files;
        _definitions.AddRange(files.SelectMany(f => f.Definitions));
        foreach (var definition in _definitions)
        {
            if (!_byPath.TryGetValue(definition.Path, out var list)) _byPath[definition.Path] = list = new();
            list.Add(definition);
        }
    }

    /// <summary>The root file's path.</summary>
    public string? RootPath => Files.Count > 0 ? Files[0].Path : null;

    /// <summary>The files, root first.</summary>
    public IReadOnlyList<ModuleFile> Files { get; }

    /// <summary>Every NixOS module of every file.</summary>
    public IEnumerable<NixModule> Modules => Files.SelectMany(f => f.Modules);

    /// <summary>Every NixOS definition.</summary>
    public IEnumerable<OptionDefinition> Definitions => _definitions;

    /// <summary>Every framework definition (not NixOS options), e.g. den's <c>persist</c>.</summary>
    public IEnumerable<OptionDefinition> FrameworkDefinitions => Files.SelectMany(f => f.FrameworkDefinitions);

    /// <summary>The definitions of exactly <paramref name="path"/>.</summary>
    public IReadOnlyList<OptionDefinition> Get(OptionPath path) => _byPath.TryGetValue(path, out var list) ? list : [];

    /// <summary>The definitions of <paramref name="prefix"/> and every path under it.</summary>
    public IEnumerable<OptionDefinition> Under(OptionPath prefix) => Definitions.Where(d => d.Path.StartsWith(prefix));

    /// <summary>Whether anything defines <paramref name="prefix"/> or a path under it.</summary>
    public bool Defines(OptionPath prefix) => Under(prefix).Any();

    /// <summary>The effective value of <paramref name="path"/>.</summary>
    public EffectiveValue GetEffective(OptionPath path) => EffectiveValue.Of(Get(path));
}

using K3s.Modules.Reading;

namespace K3s.Modules.Editing;

/// <summary>
/// A host's hand-written module files together with the model read from them, so that a changed model can be
/// written back as minimal edits of those files (<see cref="Apply(K3sNodeModule)"/>): comments, layout and every
/// binding the change does not touch stay byte for byte.
/// </summary>
/// <example>
/// <code>
/// var document = K3sModuleDocument.Load("hosts/node1/kubernetes.nix");
/// var changed = document.Model with { KernelModules = document.Model.KernelModules.Add("nf_conntrack") };
/// var result = document.Apply(changed);
/// foreach (var (path, text) in result.GetChangedTexts()) File.WriteAllText(path, text);
/// foreach (var refusal in result.Refusals) Console.Error.WriteLine(refusal);
/// </code>
/// </example>
public sealed class K3sModuleDocument
{
    private K3sModuleDocument(HostConfiguration host)
    {
        Host = host;
        Model = K3sNodeModule.FromHost(host);
    }

    /// <summary>The files and their definitions as the general reader read them.</summary>
    public HostConfiguration Host { get; }

    /// <summary>The files, root first.</summary>
    public IReadOnlyList<ModuleFile> Files => Host.Files;

    /// <summary>The model read from the files (<see cref="K3sNodeModule.FromHost"/>).</summary>
    public K3sNodeModule Model { get; }

    /// <summary>
    /// The typed options the files define but <see cref="Model"/> could not type (kept in
    /// <see cref="K3sNodeModule.OtherSettings"/>): a value of the wrong type, an unknown, a conditional value or an
    /// option default, each with where it is written.
    /// </summary>
    public IReadOnlyList<ModuleReadIssue> Issues => _issues ??= ModuleReadIssues.Find(Host, Model);

    private IReadOnlyList<ModuleReadIssue>? _issues;

    /// <summary>A document of one module's text.</summary>
    /// <param name="text">Nix source.</param>
    /// <param name="path">The file's path, for locations and relative imports; null for none.</param>
    /// <returns>The document.</returns>
    public static K3sModuleDocument Parse(string text, string? path = null) => new(new HostConfiguration([ModuleReader.ReadText(text, path)]));

    /// <summary>A document of files (and what they import), read as one host as <see cref="K3sNodeModule.ReadFiles"/> does.</summary>
    /// <param name="paths">Module files.</param>
    /// <returns>The document.</returns>
    public static K3sModuleDocument Load(params string[] paths)
    {
        var hosts = HostReader.Group(HostReader.ReadAll(paths));
        return new(new HostConfiguration(hosts.SelectMany(h => h.Files).Distinct().ToList()));
    }

    /// <summary>A document of an already read host.</summary>
    /// <param name="host">The host.</param>
    /// <returns>The document.</returns>
    public static K3sModuleDocument FromHost(HostConfiguration host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new(host);
    }

    /// <summary>
    /// Edits the files so that they define <paramref name="changed"/> instead of <see cref="Model"/>: list elements
    /// added or removed in place, changed values replaced where they are written, new options bound next to their
    /// siblings, dropped options unbound. Changes that cannot be made without guessing (definitions under
    /// <c>mkIf</c>, from option defaults or computed by expressions) are listed in <see cref="ModuleEditResult.Refusals"/>.
    /// </summary>
    /// <param name="changed">The model as it should be.</param>
    /// <returns>The edited files and the refused changes.</returns>
    public ModuleEditResult Apply(K3sNodeModule changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return ModelEditPlanner.Apply(Host, Model, changed);
    }

    /// <summary>Applies <paramref name="change"/> to <see cref="Model"/> and writes the result back as in <see cref="Apply(K3sNodeModule)"/>.</summary>
    /// <param name="change">A function of the read model.</param>
    /// <returns>The edited files and the refused changes.</returns>
    public ModuleEditResult Apply(Func<K3sNodeModule, K3sNodeModule> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Apply(change(Model));
    }
}

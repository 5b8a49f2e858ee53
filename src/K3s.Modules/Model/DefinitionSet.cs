using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>
/// What a module file defines: its leaf definitions in order, and the comments of bindings that are not
/// leaves (such as <c>networking.firewall = { … }</c>), by full path.
/// </summary>
/// <param name="Definitions">The leaf definitions.</param>
/// <param name="GroupRemarks">Comments of non-leaf bindings, by <see cref="OptionPath.ToString"/>.</param>
public sealed record DefinitionSet(IReadOnlyList<Definition> Definitions, IReadOnlyDictionary<string, Remark> GroupRemarks);

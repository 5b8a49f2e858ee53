using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>
/// One leaf definition of a module: a full option path and the value set there (a priority wrapper
/// included), with the comments of its binding. A module is a list of these; composition merges them.
/// </summary>
/// <param name="Path">The full path, such as <c>services.k3s.role</c>.</param>
/// <param name="Value">The value; never a non-empty attribute set (those are split into leaves).</param>
/// <param name="Remark">The binding's comments, or null.</param>
public sealed record Definition(OptionPath Path, NixValue Value, Remark? Remark = null);

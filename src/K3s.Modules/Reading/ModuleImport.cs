namespace K3s.Modules.Reading;

/// <summary>An element of a module's <c>imports</c>.</summary>
/// <param name="Value">The element's value (a <see cref="NixPath"/> for <c>./kubernetes.nix</c>).</param>
/// <param name="ResolvedPath">The file it names (a directory means its <c>default.nix</c>), or null when not a relative path.</param>
public sealed record ModuleImport(NixValue Value, string? ResolvedPath);

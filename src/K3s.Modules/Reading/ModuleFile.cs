using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Reading;

/// <summary>A file read by <see cref="ModuleReader"/>: its syntax tree, diagnostics and the NixOS modules in it.</summary>
public sealed class ModuleFile
{
    internal ModuleFile(string? path, NixSyntaxTree tree, IReadOnlyList<NixModule> modules, IReadOnlyList<OptionDefinition> frameworkDefinitions, bool isFramework)
    {
        Path = path;
        Tree = tree;
        Modules = modules;
        FrameworkDefinitions = frameworkDefinitions;
        IsFrameworkFile = isFramework;
    }

    /// <summary>The file path (as given), or null for text.</summary>
    public string? Path { get; }

    /// <summary>The syntax tree.</summary>
    public NixSyntaxTree Tree { get; }

    /// <summary>The parse and binder diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Tree.GetDiagnostics();

    /// <summary>Whether the file has syntax errors (its modules are then not read).</summary>
    public bool HasErrors => Tree.HasErrors;

    /// <summary>The NixOS modules found in the file.</summary>
    public IReadOnlyList<NixModule> Modules { get; }

    /// <summary>
    /// Whether the file is a framework file (flake-parts, den, features): its own keys are not NixOS
    /// definitions, and its modules are the values of framework keys.
    /// </summary>
    public bool IsFrameworkFile { get; }

    /// <summary>
    /// The framework's own definitions outside NixOS modules (e.g. den's <c>den.aspects.x.persist.directories</c>,
    /// <c>settings.services.k3s.clusterName</c>), which are not NixOS options.
    /// </summary>
    public IReadOnlyList<OptionDefinition> FrameworkDefinitions { get; }

    /// <summary>Every NixOS definition of every module in the file.</summary>
    public IEnumerable<OptionDefinition> Definitions => Modules.SelectMany(m => m.Definitions);
}

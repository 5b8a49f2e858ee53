using Nix.Syntax;
using K3s.Modules.Values;

namespace K3s.Modules.Reading;

/// <summary>A NixOS module found in a file, with what it defines, declares and imports.</summary>
public sealed class NixModule
{
    private readonly List<OptionDefinition> _definitions = new();
    private readonly List<OptionDeclaration> _declarations = new();
    private readonly List<ModuleImport> _imports = new();

    internal NixModule(string? filePath, ModuleKind kind, OptionPath frameworkPath, SyntaxNode? syntax)
    {
        FilePath = filePath;
        Kind = kind;
        FrameworkPath = frameworkPath;
        Syntax = syntax;
    }

    /// <summary>The file.</summary>
    public string? FilePath { get; }

    /// <summary>How the module was found.</summary>
    public ModuleKind Kind { get; }

    /// <summary>The framework key holding the module (e.g. <c>den.aspects.services.k3s.nixos</c>), empty for <see cref="ModuleKind.File"/>.</summary>
    public OptionPath FrameworkPath { get; }

    /// <summary>The module expression.</summary>
    public SyntaxNode? Syntax { get; }

    /// <summary>The option definitions, in source order.</summary>
    public IReadOnlyList<OptionDefinition> Definitions => _definitions;

    /// <summary>The options it declares.</summary>
    public IReadOnlyList<OptionDeclaration> Declarations => _declarations;

    /// <summary>Its <c>imports</c>.</summary>
    public IReadOnlyList<ModuleImport> Imports => _imports;

    internal void Add(OptionDefinition definition) => _definitions.Add(definition);

    internal void Add(OptionDeclaration declaration) => _declarations.Add(declaration);

    internal void Add(ModuleImport import) => _imports.Add(import);

    /// <summary>The kind and the framework path.</summary>
    public override string ToString() => Kind == ModuleKind.File ? $"module {FilePath}" : $"{Kind} module {FrameworkPath} in {FilePath}";
}

using K3s.Modules.Reading;
using Nix.Syntax;

namespace K3s.Modules.Editing;

/// <summary>One file changed by <see cref="K3sModuleDocument.Apply(K3sNodeModule)"/>: its original tree and the edited root.</summary>
/// <param name="Original">The file as read.</param>
/// <param name="NewRoot">The edited root; every byte outside the edited spans is the original's.</param>
public sealed record ModuleFileChange(ModuleFile Original, SyntaxNode NewRoot)
{
    /// <summary>The file's path, or null for text read without one.</summary>
    public string? Path => Original.Path;

    /// <summary>The edited text.</summary>
    public string NewText => NewRoot.ToFullString();
}

namespace K3s.Modules.Editing;

/// <summary>
/// What <see cref="K3sModuleDocument.Apply(K3sNodeModule)"/> made of a changed model: the files it edited and the changes it
/// refused. The edits that could be made are in <see cref="Changes"/> even when some others were refused; write
/// them only when <see cref="Succeeded"/> if all or nothing is wanted.
/// </summary>
/// <param name="Changes">The edited files, in the host's file order.</param>
/// <param name="Refusals">The changes not made.</param>
public sealed record ModuleEditResult(IReadOnlyList<ModuleFileChange> Changes, IReadOnlyList<ModuleEditRefusal> Refusals)
{
    /// <summary>Whether every change of the model was made.</summary>
    public bool Succeeded => Refusals.Count == 0;

    /// <summary>The new text of each edited file, by path (an empty string for text read without a path).</summary>
    /// <returns>The texts.</returns>
    public IReadOnlyDictionary<string, string> GetChangedTexts() =>
        Changes.ToDictionary(c => c.Path ?? string.Empty, c => c.NewText, StringComparer.Ordinal);
}

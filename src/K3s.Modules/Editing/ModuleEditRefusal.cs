using K3s.Modules.Reading;

namespace K3s.Modules.Editing;

/// <summary>
/// A change of the model that <see cref="K3sModuleDocument.Apply(K3sNodeModule)"/> did not make, and why: the option is set under
/// <c>mkIf</c>, from an option default, through an expression the reader cannot follow, or in several places.
/// </summary>
/// <param name="Path">The option's full path, such as <c>services.k3s.extraFlags</c>.</param>
/// <param name="Reason">Why the change was not made.</param>
/// <param name="Location">Where the option is defined, when that is known.</param>
public sealed record ModuleEditRefusal(string Path, string Reason, SourceLocation? Location)
{
    /// <summary><c>path: reason (at file:line:column)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Reason}" + (Location is null ? "" : $" (at {Location})");
}

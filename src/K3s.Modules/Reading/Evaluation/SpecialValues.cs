namespace K3s.Modules.Reading.Evaluation;

/// <summary>
/// <c>lib</c>, <c>builtins</c> or a member of them (<c>lib.mkForce</c>, <c>lib.types.str</c>), with the
/// arguments applied so far: the library functions the reader models act when enough arguments arrive.
/// </summary>
internal sealed record LibraryValue(IReadOnlyList<string> Path, IReadOnlyList<Thunk> Arguments) : UnknownValue("library value")
{
    public string Name => Path.Count == 0 ? "lib" : Path[^1];

    public override string Display => Syntax?.ToString() ?? "lib." + string.Join(".", Path);
}

/// <summary><c>pkgs</c> itself: selecting from it gives a <see cref="NixPackage"/>.</summary>
internal sealed record PackageSetValue() : UnknownValue("pkgs")
{
    public override string Display => "pkgs";
}

/// <summary>
/// The argument set the module system passes to a module function: <c>config</c>, <c>lib</c>,
/// <c>pkgs</c>, and arguments the reader cannot know (<c>host</c>, <c>k3s-nodes</c>, …).
/// </summary>
internal sealed record ModuleArgumentsValue() : UnknownValue("module arguments")
{
    public override string Display => "{ config, lib, pkgs, … }";
}

using System.Globalization;

namespace K3s.Modules.Reading;

/// <summary>A known string.</summary>
/// <param name="Value">The string's value (escapes resolved).</param>
public sealed record NixString(string Value) : NixValue
{
    /// <inheritdoc/>
    public override string Display => "\"" + Value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

/// <summary>A known integer.</summary>
/// <param name="Value">The value.</param>
public sealed record NixInteger(long Value) : NixValue
{
    /// <inheritdoc/>
    public override string Display => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A known float.</summary>
/// <param name="Value">The value.</param>
public sealed record NixFloat(double Value) : NixValue
{
    /// <inheritdoc/>
    public override string Display => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A known boolean.</summary>
/// <param name="Value">The value.</param>
public sealed record NixBool(bool Value) : NixValue
{
    /// <inheritdoc/>
    public override string Display => Value ? "true" : "false";
}

/// <summary><c>null</c>.</summary>
public sealed record NixNull : NixValue
{
    /// <inheritdoc/>
    public override string Display => "null";
}

/// <summary>A path literal such as <c>./token</c> (which Nix copies into the world-readable store).</summary>
/// <param name="Text">The path as written.</param>
/// <param name="ResolvedPath">The absolute file-system path for a relative path read from a file, else null.</param>
public sealed record NixPath(string Text, string? ResolvedPath) : NixValue
{
    /// <inheritdoc/>
    public override string Display => Text;
}

/// <summary>A package such as <c>pkgs.cilium-cli</c> (or <c>cilium-cli</c> under <c>with pkgs;</c>).</summary>
/// <param name="AttributePath">The attribute path inside <c>pkgs</c>, e.g. <c>cilium-cli</c>.</param>
public sealed record NixPackage(string AttributePath) : NixValue
{
    /// <inheritdoc/>
    public override string Display => "pkgs." + AttributePath;
}

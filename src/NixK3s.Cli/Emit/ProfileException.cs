namespace NixK3s.Cli.Emit;

/// <summary>A profile that cannot be built as asked (unknown name, bad parameter, or no profile support in this build).</summary>
internal sealed class ProfileException(string message) : Exception(message);

namespace NixK3s.Cli.Config;

/// <summary>A <c>.nixk3s.json</c> file that cannot be read or does not make sense; the message names the file.</summary>
internal sealed class ConfigurationException(string path, string problem) : Exception($"{path}: {problem}")
{
    /// <summary>The config file.</summary>
    public string ConfigPath { get; } = path;
}

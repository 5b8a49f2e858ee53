using System.Text.Json;
using System.Text.RegularExpressions;
using Nix.Syntax.Diagnostics;
using NixK3s.Cli.Files;

namespace NixK3s.Cli.Config;

/// <summary>
/// The settings of a <c>.nixk3s.json</c> file: rules switched off, severities changed, paths ignored.
/// <code>
/// {
///   "rules": { "K3S013": "off", "K3S016": "error" },
///   "disable": [ "K3S025" ],
///   "ignore": [ "vendor/", "hosts/legacy/*.nix" ]
/// }
/// </code>
/// Ignore patterns use .gitignore syntax, relative to the folder of the config file.
/// </summary>
internal sealed partial class LintConfiguration
{
    /// <summary>The file name looked for.</summary>
    public const string FileName = ".nixk3s.json";

    private readonly GitIgnoreFile? _ignore;

    private LintConfiguration(string? path, IReadOnlySet<string> disabled, IReadOnlyDictionary<string, DiagnosticSeverity> severities, GitIgnoreFile? ignore)
    {
        Path = path;
        DisabledRules = disabled;
        SeverityOverrides = severities;
        _ignore = ignore;
    }

    /// <summary>No file: every rule at its default severity, nothing ignored.</summary>
    public static LintConfiguration Default { get; } = new(null, new HashSet<string>(), new Dictionary<string, DiagnosticSeverity>(), null);

    /// <summary>The file read, or null for <see cref="Default"/>.</summary>
    public string? Path { get; }

    /// <summary>Rule ids switched off.</summary>
    public IReadOnlySet<string> DisabledRules { get; }

    /// <summary>Rule ids whose findings get another severity.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> SeverityOverrides { get; }

    /// <summary>True if the config's ignore list covers <paramref name="fullPath"/>.</summary>
    public bool IsIgnored(string fullPath, bool isDirectory) => _ignore?.Verdict(fullPath, isDirectory) == true;

    /// <summary>
    /// Walks up from <paramref name="start"/> (a file or a folder) to the file system root and returns the path of the
    /// first <c>.nixk3s.json</c>, or null. The walk stops after the repository root (a folder with <c>.git</c>).
    /// </summary>
    public static string? Find(string start)
    {
        var full = System.IO.Path.GetFullPath(start);
        var directory = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full).Directory;
        for (var dir = directory; dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate)) return candidate;
            if (System.IO.Path.Exists(System.IO.Path.Combine(dir.FullName, ".git"))) return null;
        }
        return null;
    }

    /// <summary>Reads a config file.</summary>
    /// <exception cref="ConfigurationException">The file cannot be read or is not a valid config.</exception>
    public static LintConfiguration Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(path, $"cannot read: {e.Message}");
        }
        return Parse(text, path);
    }

    /// <summary>Parses the text of a config file found at <paramref name="path"/>.</summary>
    /// <exception cref="ConfigurationException">The text is not a valid config.</exception>
    public static LintConfiguration Parse(string text, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigurationException(path, $"not valid JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ConfigurationException(path, "the top level must be an object");
            var disabled = new HashSet<string>(StringComparer.Ordinal);
            var severities = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
            var ignores = new List<string>();
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "$schema":
                        break;
                    case "rules":
                        ReadRules(path, property.Value, disabled, severities);
                        break;
                    case "disable":
                        foreach (var id in Strings(path, property)) disabled.Add(RuleId(path, id));
                        break;
                    case "ignore":
                        ignores.AddRange(Strings(path, property));
                        break;
                    default:
                        throw new ConfigurationException(path, $"unknown setting '{property.Name}' (expected rules, disable or ignore)");
                }
            }
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
            return new LintConfiguration(path, disabled, severities, ignores.Count == 0 ? null : new GitIgnoreFile(folder, ignores));
        }
    }

    private static void ReadRules(string path, JsonElement rules, HashSet<string> disabled, Dictionary<string, DiagnosticSeverity> severities)
    {
        if (rules.ValueKind != JsonValueKind.Object) throw new ConfigurationException(path, "'rules' must be an object of rule id to severity");
        foreach (var rule in rules.EnumerateObject())
        {
            var id = RuleId(path, rule.Name);
            var level = rule.Value.ValueKind == JsonValueKind.String ? rule.Value.GetString()! : rule.Value.ToString();
            switch (level.ToLowerInvariant())
            {
                case "off" or "none" or "disable" or "disabled":
                    disabled.Add(id);
                    break;
                case "error":
                    severities[id] = DiagnosticSeverity.Error;
                    break;
                case "warning" or "warn":
                    severities[id] = DiagnosticSeverity.Warning;
                    break;
                case "info" or "note":
                    severities[id] = DiagnosticSeverity.Info;
                    break;
                default:
                    throw new ConfigurationException(path, $"rule {id}: unknown severity '{level}' (expected off, info, warning or error)");
            }
        }
    }

    private static IEnumerable<string> Strings(string path, JsonProperty property)
    {
        if (property.Value.ValueKind != JsonValueKind.Array || property.Value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            throw new ConfigurationException(path, $"'{property.Name}' must be an array of strings");
        return property.Value.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private static string RuleId(string path, string id)
    {
        var normalized = id.Trim().ToUpperInvariant();
        if (!RuleIdShape().IsMatch(normalized)) throw new ConfigurationException(path, $"'{id}' is not a rule id (like K3S016 or NIX2001)");
        return normalized;
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*[0-9]$")]
    private static partial Regex RuleIdShape();
}

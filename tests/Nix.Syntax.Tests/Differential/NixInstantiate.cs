using System.Diagnostics;

namespace Nix.Syntax.Tests.Differential;

/// <summary>Nix's own parser, run as <c>nix-instantiate --store dummy:// --parse FILE</c> (Debian's nix-bin; no daemon needed).</summary>
internal static class NixInstantiate
{
    private static readonly Lazy<string?> s_path = new(() =>
        Environment.GetEnvironmentVariable("PATH")?.Split(':')
            .Select(dir => Path.Combine(dir, "nix-instantiate"))
            .FirstOrDefault(File.Exists));

    public static bool IsAvailable => s_path.Value is not null;

    public const string SkipReason = "nix-instantiate is not installed (Debian package nix-bin); .ci/run installs it";

    /// <summary>Nix's verdict on a file: null when it parses, else the first line of its error.</summary>
    public static string? ParseError(string file)
    {
        var start = new ProcessStartInfo(s_path.Value!, ["--store", "dummy://", "--parse", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        stdoutTask.Wait();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : stderr.Split('\n').FirstOrDefault(l => l.Contains("error")) ?? stderr;
    }

    /// <summary>
    /// Whether Nix's error is one of syntax (or of lexing: numbers out of range, a trailing slash), as opposed
    /// to its binder's (undefined variables, duplicate attributes), which the parser does not report.
    /// </summary>
    public static bool IsSyntaxLevel(string? error) =>
        error is not null && (error.Contains("syntax error") || error.Contains("invalid integer") || error.Contains("invalid float") || error.Contains("trailing slash"));
}

/// <summary>A fact that is skipped, with the reason shown, where nix-instantiate is not installed.</summary>
public sealed class NixInstalledFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Nix is absent.</summary>
    public NixInstalledFactAttribute()
    {
        if (!NixInstantiate.IsAvailable) Skip = NixInstantiate.SkipReason;
    }
}

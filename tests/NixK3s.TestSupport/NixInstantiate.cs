using System.Diagnostics;
using Xunit;

namespace NixK3s.TestSupport;

/// <summary>Nix's own parser, run as <c>nix-instantiate --store dummy:// --parse FILE</c> (Debian's nix-bin; no daemon needed).</summary>
public static class NixInstantiate
{
    private static readonly Lazy<string?> s_path = new(() =>
        Environment.GetEnvironmentVariable("PATH")?.Split(':')
            .Select(dir => Path.Combine(dir, "nix-instantiate"))
            .FirstOrDefault(File.Exists));

    /// <summary>Whether <c>nix-instantiate</c> is on the PATH.</summary>
    public static bool IsAvailable => s_path.Value is not null;

    /// <summary>The reason shown by tests skipped for want of Nix.</summary>
    public const string SkipReason = "nix-instantiate is not installed (Debian package nix-bin); .ci/run installs it";

    /// <summary>Nix's verdict on a file: null when it parses, else the first line of its error.</summary>
    public static string? ParseError(string file)
    {
        var (exitCode, _, stderr) = Run(["--store", "dummy://", "--parse", file]);
        return exitCode == 0 ? null : stderr.Split('\n').FirstOrDefault(l => l.Contains("error")) ?? stderr;
    }

    /// <summary>
    /// Evaluates <paramref name="file"/> strictly (<c>--eval --strict --json</c>) and returns the JSON text of
    /// its value; throws with Nix's message when evaluation fails.
    /// </summary>
    public static string EvalFileJson(string file)
    {
        var (exitCode, stdout, stderr) = Run(["--store", "dummy://", "--eval", "--strict", "--json", file]);
        if (exitCode != 0) throw new InvalidOperationException($"nix-instantiate --eval failed on {file}: {stderr}");
        return stdout;
    }

    /// <summary>The value of an expression, strictly evaluated and printed as JSON (<c>--eval --strict --json</c>).</summary>
    public static string EvalJson(string expression)
    {
        var (exitCode, stdout, stderr) = Run(["--store", "dummy://", "--eval", "--strict", "--json", "-E", expression]);
        return exitCode == 0 ? stdout.Trim() : throw new InvalidOperationException($"nix-instantiate failed on {expression}: {stderr}");
    }

    /// <summary>Nix's verdict on a text: null when it parses, else the first line of its error.</summary>
    public static string? ParseTextError(string text)
    {
        var file = Path.Combine(Path.GetTempPath(), $"nixk3s-{Guid.NewGuid():N}.nix");
        File.WriteAllText(file, text);
        try
        {
            return ParseError(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string[] arguments)
    {
        var start = new ProcessStartInfo(s_path.Value!, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        var stdout = stdoutTask.Result;
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr);
    }

    /// <summary>
    /// Whether Nix's error is one Nix.Syntax reports too: syntax, lexing (numbers out of range, a trailing slash)
    /// and the binder's checks (duplicate attributes and formals, dynamic attributes in let or inherit), as
    /// opposed to undefined variables, which it does not report.
    /// </summary>
    public static bool IsSyntaxLevel(string? error) =>
        error is not null && (error.Contains("syntax error") || error.Contains("invalid integer") || error.Contains("invalid float") || error.Contains("trailing slash")
            || IsBinderLevel(error));

    /// <summary>Whether Nix's error is one of the checks its parser makes beyond the grammar, which our binder makes.</summary>
    public static bool IsBinderLevel(string error) =>
        error.Contains("already defined") || error.Contains("duplicate formal") || error.Contains("dynamic attributes not allowed");
}

using System.Diagnostics;

namespace NixK3s.Cli.Tests;

/// <summary>Runs the built <c>nixk3s</c> as a separate process, the way people run it, and captures what it prints.</summary>
internal static class Nixk3sProcess
{
    /// <summary>The repository root (the folder holding NixK3s.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Runs <c>nixk3s args…</c> in <paramref name="workingDirectory"/> (default: the current one).</summary>
    public static (int ExitCode, string Output, string Error) RunIn(string? workingDirectory, params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "nixk3s.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        start.Environment["NO_COLOR"] = "1";
        start.ArgumentList.Add(tool);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    /// <summary>Runs <c>nixk3s args…</c> in the current folder.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args) => RunIn(null, args);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NixK3s.sln"))) return dir.FullName;
        throw new InvalidOperationException("NixK3s.sln not found");
    }
}

using System.Diagnostics;

namespace NixK3s.Cli.Tests;

/// <summary>
/// <c>dotnet pack</c> then <c>dotnet tool install --add-source … nixk3s</c>, then runs the installed <c>nixk3s</c>.
/// Slow (a full pack and a restore), so it runs only when NIXK3S_PACK_TEST is set.
/// </summary>
public class PackAsToolTests
{
    [FactWhenEnvironment("NIXK3S_PACK_TEST")]
    public void PacksInstallsAndRunsAsADotnetTool()
    {
        using var folder = new TempFolder();
        var project = Path.Combine(Nixk3sProcess.RepoRoot, "src", "NixK3s.Cli", "NixK3s.Cli.csproj");
        Run("dotnet", "pack", project, "-c", "Release", "-o", folder["packages"]);
        Assert.Single(Directory.GetFiles(folder["packages"], "nixk3s.*.nupkg"));
        Run("dotnet", "tool", "install", "--tool-path", folder["tools"], "--add-source", folder["packages"], "nixk3s");

        var version = Run(folder["tools/nixk3s"], "--version");
        Assert.Matches(@"^\d+\.\d+\.\d+\s*$", version);
        var example = Path.Combine(Nixk3sProcess.RepoRoot, "examples", "k3s-server.nix");
        Assert.Contains("parsed, no errors", Run(folder["tools/nixk3s"], "parse", example));
    }

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {error}{output.Result}");
        return output.Result;
    }
}

using System.Diagnostics;

namespace K3s.Modules.Tests.Support;

/// <summary>Nix's own parser, <c>nix-instantiate --store dummy:// --parse FILE</c> (Debian's nix-bin), when installed.</summary>
internal static class NixInstantiate
{
    private static readonly Lazy<string?> s_path = new(() =>
        Environment.GetEnvironmentVariable("PATH")?.Split(':')
            .Select(dir => Path.Combine(dir, "nix-instantiate"))
            .FirstOrDefault(File.Exists));

    public static bool IsAvailable => s_path.Value is not null;

    public const string SkipReason = "nix-instantiate is not installed (Debian package nix-bin); .ci/run installs it";

    /// <summary>Null when Nix parses <paramref name="text"/>, else its error.</summary>
    public static string? ParseError(string text)
    {
        var file = Path.Combine(Path.GetTempPath(), $"k3s-modules-{Guid.NewGuid():N}.nix");
        File.WriteAllText(file, text);
        try
        {
            var start = new ProcessStartInfo(s_path.Value!, ["--store", "dummy://", "--parse", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            _ = stdout.Result;
            process.WaitForExit();
            return process.ExitCode == 0 ? null : stderr;
        }
        finally
        {
            File.Delete(file);
        }
    }
}

/// <summary>A fact skipped, with the reason shown, where nix-instantiate is not installed.</summary>
public sealed class NixInstalledFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Nix is absent.</summary>
    public NixInstalledFactAttribute()
    {
        if (!NixInstantiate.IsAvailable) Skip = NixInstantiate.SkipReason;
    }
}

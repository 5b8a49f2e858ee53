namespace Nix.Syntax.Tests;

/// <summary>Where the test data lives in the source tree (so golden files can be re-blessed in place).</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string TestData => Path.Combine(RepoRoot, "tests", "Nix.Syntax.Tests", "TestData");

    /// <summary>Whether golden files should be rewritten instead of compared (UPDATE_SNAPSHOTS=1).</summary>
    public static bool UpdateSnapshots => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

    public static IEnumerable<string> NixFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(TestData, folder), "*.nix").Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(TestData, path).Replace('\\', '/');

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NixK3s.sln"))) return dir.FullName;
        throw new InvalidOperationException("NixK3s.sln not found above " + AppContext.BaseDirectory);
    }
}

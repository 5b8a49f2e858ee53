namespace NixK3s.Cli.Tests.Output;

/// <summary>Compares output with a file under Fixtures/golden; with UPDATE_GOLDEN=1 it rewrites the file in the source tree instead.</summary>
internal static class GoldenFile
{
    /// <summary>Asserts that <paramref name="actual"/> equals the golden file <paramref name="name"/>.</summary>
    public static void AssertMatches(string name, string actual)
    {
        var source = Path.Combine(Nixk3sProcess.RepoRoot, "tests", "NixK3s.Cli.Tests", "Fixtures", "golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(source, actual);
            return;
        }
        Assert.True(File.Exists(source), $"golden file {name} is missing; run with UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(source), actual);
    }
}

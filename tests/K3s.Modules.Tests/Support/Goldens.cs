namespace K3s.Modules.Tests.Support;

/// <summary>Golden files under Profiles/, copied next to the test assembly; NIXK3S_UPDATE_GOLDENS=1 rewrites the sources.</summary>
internal static class Goldens
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Profiles", name + ".nix");

    public static string Read(string name) => File.ReadAllText(PathOf(name));

    /// <summary>Asserts that <paramref name="actual"/> is the golden text, or rewrites the golden when asked to.</summary>
    public static void Check(string name, string actual)
    {
        if (Environment.GetEnvironmentVariable("NIXK3S_UPDATE_GOLDENS") == "1")
        {
            var source = Path.Combine(SourceDirectory(), "Profiles", name + ".nix");
            File.WriteAllText(source, actual);
            return;
        }
        Assert.True(File.Exists(PathOf(name)), $"Golden file Profiles/{name}.nix is missing; run with NIXK3S_UPDATE_GOLDENS=1 to create it.");
        Assert.Equal(Read(name), actual);
    }

    private static string SourceDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "K3s.Modules.Tests.csproj"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The test project's directory was not found.");
    }
}

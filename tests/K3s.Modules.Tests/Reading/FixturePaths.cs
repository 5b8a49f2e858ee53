namespace K3s.Modules.Tests.Reading;

/// <summary>Paths of the fixture files copied next to the test assembly.</summary>
internal static class FixturePaths
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    public static IEnumerable<string> Directory(string name) =>
        System.IO.Directory.EnumerateFiles(Of(name), "*.nix", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal);
}

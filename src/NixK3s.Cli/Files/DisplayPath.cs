namespace NixK3s.Cli.Files;

/// <summary>How paths are shown in output: relative to the current folder when inside it ('/'-separated), absolute otherwise.</summary>
internal static class DisplayPath
{
    /// <summary>The path to show for <paramref name="fullPath"/>.</summary>
    public static string For(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return fullPath;
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}

namespace NixK3s.Cli.Files;

/// <summary>The patterns of one <c>.gitignore</c> file, with the folder they are relative to.</summary>
internal sealed class GitIgnoreFile
{
    /// <summary>Creates the rules of a .gitignore whose folder is <paramref name="directory"/>.</summary>
    public GitIgnoreFile(string directory, IEnumerable<string> lines)
    {
        Directory = Path.GetFullPath(directory);
        Patterns = lines.Select(GitIgnorePattern.Parse).OfType<GitIgnorePattern>().ToList();
    }

    /// <summary>The folder holding the file; patterns are relative to it.</summary>
    public string Directory { get; }

    /// <summary>The patterns in file order (the last match wins).</summary>
    public IReadOnlyList<GitIgnorePattern> Patterns { get; }

    /// <summary>Reads <c>directory/.gitignore</c>, or returns null when there is none or it cannot be read.</summary>
    public static GitIgnoreFile? Load(string directory)
    {
        var path = Path.Combine(directory, ".gitignore");
        try
        {
            return File.Exists(path) ? new GitIgnoreFile(directory, File.ReadAllLines(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The verdict of this file for <paramref name="fullPath"/>: true (ignored), false (re-included by a negation),
    /// or null when no pattern matches or the path is outside the folder.
    /// </summary>
    public bool? Verdict(string fullPath, bool isDirectory)
    {
        var relative = Path.GetRelativePath(Directory, fullPath);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return null;
        relative = relative.Replace(Path.DirectorySeparatorChar, '/');
        for (int i = Patterns.Count - 1; i >= 0; i--)
            if (Patterns[i].Matches(relative, isDirectory)) return !Patterns[i].IsNegated;
        return null;
    }
}

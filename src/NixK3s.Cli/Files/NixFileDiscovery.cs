namespace NixK3s.Cli.Files;

/// <summary>
/// Turns the PATH arguments of a verb into the .nix files to work on: files as given, folders searched recursively
/// for <c>*.nix</c>, skipping what git ignores (.gitignore files of the folder, its parents up to the repository
/// root, and nested ones), the <c>.git</c> folder, folder symlinks (no cycles), and what the caller's filter excludes.
/// </summary>
internal static class NixFileDiscovery
{
    /// <summary>The files found, in a stable order, without duplicates, and the arguments that name nothing.</summary>
    /// <param name="paths">Files and folders, as given on the command line.</param>
    /// <param name="exclude">Full paths (files and folders) to leave out, e.g. the config file's ignore list.</param>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Discover(IEnumerable<string> paths, Func<string, bool, bool>? exclude = null)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var argument in paths)
        {
            var full = Path.GetFullPath(argument);
            if (File.Exists(full))
            {
                // A file named on the command line is taken even if git ignores it: the user asked for it.
                if (exclude?.Invoke(full, false) != true && seen.Add(full)) files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Walk(full, exclude))
                    if (seen.Add(file)) files.Add(file);
            }
            else
            {
                missing.Add(argument);
            }
        }
        return (files, missing);
    }

    private static IEnumerable<string> Walk(string root, Func<string, bool, bool>? exclude)
    {
        // Iterative, depth first, folders and files in ordinal order so runs are reproducible.
        var pending = new Stack<(string Directory, GitIgnoreStack Rules)>();
        pending.Push((root, GitIgnoreStack.ForDirectory(root)));
        while (pending.Count > 0)
        {
            var (directory, rules) = pending.Pop();
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            Array.Sort(entries, StringComparer.Ordinal);
            var subdirectories = new List<string>();
            foreach (var entry in entries)
            {
                var info = new FileInfo(entry);
                bool isDirectory = (info.Attributes & FileAttributes.Directory) != 0;
                if (isDirectory)
                {
                    if (info.Name == ".git" || info.LinkTarget is not null) continue;
                    if (rules.IsIgnored(entry, true) || exclude?.Invoke(entry, true) == true) continue;
                    subdirectories.Add(entry);
                }
                else if (entry.EndsWith(".nix", StringComparison.Ordinal) && !rules.IsIgnored(entry, false) && exclude?.Invoke(entry, false) != true)
                {
                    yield return entry;
                }
            }
            for (int i = subdirectories.Count - 1; i >= 0; i--) pending.Push((subdirectories[i], rules.Enter(subdirectories[i])));
        }
    }
}

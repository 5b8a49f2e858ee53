using System.Collections.Immutable;

namespace NixK3s.Cli.Files;

/// <summary>
/// The .gitignore files in force in one folder: those of its ancestors up to the repository root, then its own.
/// A deeper file overrides a shallower one, and within a file the last matching pattern wins, as in git.
/// </summary>
internal sealed class GitIgnoreStack
{
    private readonly ImmutableList<GitIgnoreFile> _files;

    private GitIgnoreStack(ImmutableList<GitIgnoreFile> files) => _files = files;

    /// <summary>No rules at all.</summary>
    public static GitIgnoreStack Empty { get; } = new(ImmutableList<GitIgnoreFile>.Empty);

    /// <summary>
    /// The rules in force in <paramref name="directory"/>: the .gitignore files from the enclosing repository's root
    /// (the nearest folder with a <c>.git</c> entry) down to <paramref name="directory"/> itself.
    /// Outside a repository only the folder's own .gitignore counts.
    /// </summary>
    public static GitIgnoreStack ForDirectory(string directory)
    {
        var full = Path.GetFullPath(directory);
        var chain = new List<string>();
        string? root = null;
        for (var dir = new DirectoryInfo(full); dir is not null; dir = dir.Parent)
        {
            chain.Add(dir.FullName);
            if (Path.Exists(Path.Combine(dir.FullName, ".git")))
            {
                root = dir.FullName;
                break;
            }
        }
        if (root is null) chain = [full];
        chain.Reverse();
        var stack = Empty;
        foreach (var dir in chain) stack = stack.Enter(dir);
        return stack;
    }

    /// <summary>The rules in force inside <paramref name="directory"/>, a child folder of this one.</summary>
    public GitIgnoreStack Enter(string directory) =>
        GitIgnoreFile.Load(directory) is { } file ? new GitIgnoreStack(_files.Add(file)) : this;

    /// <summary>True if git would ignore <paramref name="fullPath"/>.</summary>
    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        for (int i = _files.Count - 1; i >= 0; i--)
            if (_files[i].Verdict(fullPath, isDirectory) is { } verdict) return verdict;
        return false;
    }
}

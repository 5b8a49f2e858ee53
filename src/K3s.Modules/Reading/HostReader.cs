namespace K3s.Modules.Reading;

/// <summary>
/// Groups files into hosts: each given file that no other given file imports is a root, and the files it
/// imports (relative <c>imports</c>, followed even when not given) belong to it. Framework files
/// (flake-parts, den), which an import-tree loads together, form one host between them.
/// </summary>
public static class HostReader
{
    /// <summary>Reads the files (in parallel) and groups them into hosts.</summary>
    public static IReadOnlyList<HostConfiguration> Read(IEnumerable<string> files) => Group(ReadAll(files));

    /// <summary>Reads files in parallel; files that cannot be read are left out.</summary>
    public static IReadOnlyDictionary<string, ModuleFile> ReadAll(IEnumerable<string> files)
    {
        var paths = files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        var read = new System.Collections.Concurrent.ConcurrentDictionary<string, ModuleFile>(StringComparer.Ordinal);
        Parallel.ForEach(paths, path =>
        {
            if (TryRead(path) is { } file) read[path] = file;
        });
        var result = new Dictionary<string, ModuleFile>(StringComparer.Ordinal);
        foreach (var p in paths)
            if (read.TryGetValue(p, out var f)) result[p] = f;
        return result;
    }

    private static ModuleFile? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? ModuleReader.ReadFile(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Groups already-read files (keyed by full path) into hosts, reading imported files not given.</summary>
    public static IReadOnlyList<HostConfiguration> Group(IReadOnlyDictionary<string, ModuleFile> given)
    {
        var all = new Dictionary<string, ModuleFile>(given, StringComparer.Ordinal);
        var imported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, file) in given)
            foreach (var target in ImportsOf(file))
                if (!string.Equals(target, path, StringComparison.Ordinal)) imported.Add(target);

        var hosts = new List<HostConfiguration>();
        var frameworkRoots = new List<ModuleFile>();
        foreach (var (path, file) in given)
        {
            if (imported.Contains(path)) continue;
            var closure = Closure(file, all);
            if (file.IsFrameworkFile) frameworkRoots.AddRange(closure.Where(f => !frameworkRoots.Contains(f)));
            else hosts.Add(new HostConfiguration(closure));
        }
        if (frameworkRoots.Count > 0) hosts.Add(new HostConfiguration(frameworkRoots));
        return hosts;
    }

    private static IEnumerable<string> ImportsOf(ModuleFile file) =>
        file.Modules.SelectMany(m => m.Imports).Select(i => i.ResolvedPath).OfType<string>().Select(Path.GetFullPath);

    private static List<ModuleFile> Closure(ModuleFile root, Dictionary<string, ModuleFile> all)
    {
        var result = new List<ModuleFile> { root };
        var seen = new HashSet<ModuleFile> { root };
        var queue = new Queue<ModuleFile>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            foreach (var target in ImportsOf(queue.Dequeue()))
            {
                if (!all.TryGetValue(target, out var file))
                {
                    file = TryRead(target);
                    if (file is null) continue;
                    all[target] = file;
                }
                if (seen.Add(file)) { result.Add(file); queue.Enqueue(file); }
            }
        }
        return result;
    }
}

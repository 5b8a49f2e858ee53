using NixK3s.Cli.Files;

namespace NixK3s.Cli.Tests.Files;

/// <summary>Folder walking: *.nix only, .gitignore rules (nested, negated, from the repository root), .git skipped.</summary>
public class NixFileDiscoveryTests
{
    [Fact]
    public void WalksFoldersAndHonoursNestedGitIgnores()
    {
        using var repo = new TempFolder();
        Directory.CreateDirectory(repo[".git"]);
        repo.Write(".git/config.nix", "{ }");
        repo.Write(".gitignore", "result\n/build/\n*.generated.nix\n!keep.generated.nix\n");
        repo.Write("configuration.nix", "{ }");
        repo.Write("README.md", "not nix");
        repo.Write("hosts/a/default.nix", "{ }");
        repo.Write("hosts/a/hardware.generated.nix", "{ }");
        repo.Write("hosts/a/keep.generated.nix", "{ }");
        repo.Write("build/out.nix", "{ }");
        repo.Write("sub/build/kept.nix", "{ }"); // "/build/" is anchored to the root
        repo.Write("result/x.nix", "{ }");
        repo.Write("vendor/.gitignore", "*\n!.gitignore\n!pinned.nix\n");
        repo.Write("vendor/pinned.nix", "{ }");
        repo.Write("vendor/other.nix", "{ }");

        var (files, missing) = NixFileDiscovery.Discover([repo.Path]);

        Assert.Empty(missing);
        var relative = files.Select(f => Path.GetRelativePath(repo.Path, f).Replace('\\', '/')).ToList();
        Assert.Equal(["configuration.nix", "hosts/a/default.nix", "hosts/a/keep.generated.nix", "sub/build/kept.nix", "vendor/pinned.nix"], relative);
    }

    [Fact]
    public void RulesOfParentFoldersApplyWhenASubfolderIsGiven()
    {
        using var repo = new TempFolder();
        Directory.CreateDirectory(repo[".git"]);
        repo.Write(".gitignore", "*.secret.nix\n");
        repo.Write("hosts/a.nix", "{ }");
        repo.Write("hosts/b.secret.nix", "{ }");

        var (files, _) = NixFileDiscovery.Discover([repo["hosts"]]);

        Assert.Equal([repo["hosts/a.nix"]], files);
    }

    [Fact]
    public void NamedFilesAreTakenEvenIfIgnoredButNotTwiceAndMissingOnesAreReported()
    {
        using var repo = new TempFolder();
        repo.Write(".gitignore", "*.nix\n");
        var file = repo.Write("ignored.nix", "{ }");

        var (files, missing) = NixFileDiscovery.Discover([file, file, repo.Path, repo["nope.nix"]]);

        Assert.Equal([file], files);
        Assert.Equal([repo["nope.nix"]], missing);
    }

    [Fact]
    public void TheExcludeFilterRemovesFilesAndFolders()
    {
        using var repo = new TempFolder();
        repo.Write("a.nix", "{ }");
        repo.Write("skip/b.nix", "{ }");

        var (files, _) = NixFileDiscovery.Discover([repo.Path], (path, isDirectory) => isDirectory && path.EndsWith("skip"));

        Assert.Equal([repo["a.nix"]], files);
    }
}

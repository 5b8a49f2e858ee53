using NixK3s.Cli.Files;

namespace NixK3s.Cli.Tests.Files;

/// <summary>Atomic writes: new content in place, permissions kept, no temp file left, the original untouched on failure.</summary>
public class AtomicFileTests
{
    [Fact]
    public void ReplacesContentKeepsModeAndLeavesNoTemporaryFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("host.nix", "old");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        AtomicFile.WriteAllText(path, "\uFEFFnew ✓\r\n");

        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'n', (byte)'e', (byte)'w', (byte)' ', 0xE2, 0x9C, 0x93, (byte)'\r', (byte)'\n'], File.ReadAllBytes(path));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        Assert.Equal(["host.nix"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void FailureLeavesTheTargetAndNoTemporaryFile()
    {
        // The rename fails because the target is a folder (this works even as root, unlike a read-only folder).
        using var folder = new TempFolder();
        var target = folder.Write("host.nix/inner.nix", "original");
        var path = Path.GetDirectoryName(target)!;

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(path, "new"));

        Assert.Equal("original", File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void AMissingFolderFailsWithIOException()
    {
        using var folder = new TempFolder();
        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(folder["no/such/dir/x.nix"], "new"));
        Assert.False(Directory.Exists(folder["no"]));
    }
}

using System.Text;

namespace NixK3s.Cli.Files;

/// <summary>
/// Writes a file so that readers see the old content or the new one, never half of it: the bytes go to a temporary
/// file in the same folder (same file system, so the rename is atomic), are flushed to disk, then renamed over the target.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> in UTF-8 (a byte order mark stays only if the text starts with U+FEFF).</summary>
    /// <exception cref="IOException">The file cannot be written; the original is unchanged and no temporary file is left.</exception>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8.GetBytes(text));

    /// <summary>Replaces <paramref name="path"/> with <paramref name="bytes"/>, keeping the original's Unix permissions.</summary>
    /// <exception cref="IOException">The file cannot be written; the original is unchanged and no temporary file is left.</exception>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows() && File.Exists(full)) File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw e as IOException ?? new IOException(e.Message, e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the target itself was never touched.
        }
    }
}

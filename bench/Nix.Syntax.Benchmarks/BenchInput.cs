using System.Text;

namespace Nix.Syntax.Benchmarks;

/// <summary>
/// The text every benchmark parses: the file named by <c>NIXK3S_BENCH_FILE</c> if that variable is set,
/// otherwise the generated package set (<see cref="NixPackageSetGenerator"/>, about 1 MB). Loaded once
/// per process; both the BenchmarkDotNet host (for the custom columns) and each benchmark process load it.
/// </summary>
public static class BenchInput
{
    /// <summary>The environment variable that names a real Nix file to parse instead of the generated one.</summary>
    public const string FileVariable = "NIXK3S_BENCH_FILE";

    /// <summary>The size the generated package set is grown to, in characters (it is ASCII but for a few names).</summary>
    public const int GeneratedTargetSize = 1_000_000;

    private static readonly Lazy<(string Text, byte[] Utf8, string Source)> Loaded = new(Load);

    /// <summary>The Nix source text.</summary>
    public static string Text => Loaded.Value.Text;

    /// <summary>The same text as UTF-8 bytes.</summary>
    public static byte[] Utf8 => Loaded.Value.Utf8;

    /// <summary>A one-line description of where the text came from and how large it is.</summary>
    public static string Description => Loaded.Value.Source;

    private static (string, byte[], string) Load()
    {
        var path = Environment.GetEnvironmentVariable(FileVariable);
        if (!string.IsNullOrWhiteSpace(path))
        {
            var bytes = File.ReadAllBytes(path);
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            return (text, bytes, $"file {Path.GetFullPath(path)} ({FileVariable}): {bytes.Length:N0} bytes, {CountLines(text):N0} lines");
        }

        var generated = NixPackageSetGenerator.Generate(GeneratedTargetSize);
        var utf8 = Encoding.UTF8.GetBytes(generated);
        return (generated, utf8, $"generated package set (fixed seed): {utf8.Length:N0} bytes, {CountLines(generated):N0} lines");
    }

    /// <summary>The generated package set grown to <paramref name="size"/> characters, as text and UTF-8; made once per size.</summary>
    /// <param name="size">The target size in characters.</param>
    /// <returns>The text and its bytes.</returns>
    public static (string Text, byte[] Utf8) Generated(int size)
    {
        lock (GeneratedBySize)
        {
            if (!GeneratedBySize.TryGetValue(size, out var input))
            {
                var text = NixPackageSetGenerator.Generate(size);
                GeneratedBySize[size] = input = (text, Encoding.UTF8.GetBytes(text));
            }

            return input;
        }
    }

    /// <summary>The input size in bytes of a benchmark case: its generated input if it has a Size parameter, otherwise <see cref="Utf8"/>.</summary>
    /// <param name="benchmarkCase">The case.</param>
    /// <returns>The number of UTF-8 bytes it parses.</returns>
    public static int InputBytes(BenchmarkDotNet.Running.BenchmarkCase benchmarkCase)
    {
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (parameter.Name == nameof(LinearityBenchmarks.Size) && parameter.Value is int size) return Generated(size).Utf8.Length;
        }

        return Utf8.Length;
    }

    private static readonly Dictionary<int, (string, byte[])> GeneratedBySize = new();

    private static int CountLines(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\n') count++;
        }

        return count;
    }

    /// <summary>
    /// Parses the text once and throws if the parser reports any diagnostic, naming the first one and the
    /// line it is on, so that a benchmark never measures error recovery by accident.
    /// </summary>
    /// <exception cref="InvalidOperationException">The parse reported diagnostics.</exception>
    public static void EnsureParsesCleanly() => EnsureParsesCleanly(Text, Environment.GetEnvironmentVariable(FileVariable) ?? "generated.nix");

    /// <summary>As <see cref="EnsureParsesCleanly()"/>, for any text.</summary>
    /// <param name="text">The Nix source.</param>
    /// <param name="path">The name the diagnostics are reported under.</param>
    /// <exception cref="InvalidOperationException">The parse reported diagnostics.</exception>
    public static void EnsureParsesCleanly(string text, string path)
    {
        var tree = NixSyntaxTree.ParseText(text, path);
        var diagnostics = tree.GetDiagnostics();
        if (diagnostics.Count == 0) return;
        var first = diagnostics[0];
        var start = first.Location.SourceSpan.Start;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var lineEnd = text.IndexOf('\n', start);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
        throw new InvalidOperationException(
            $"The benchmark input does not parse cleanly: {diagnostics.Count} diagnostic(s); the first is {first}\n  on the line: {line}");
    }
}

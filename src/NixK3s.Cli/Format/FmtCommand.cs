using System.CommandLine;
using NixK3s.Cli.Files;
using NixK3s.Cli.Output;

namespace NixK3s.Cli.Format;

/// <summary>
/// <c>nixk3s fmt [--check] [--verify] PATH...</c>: formats .nix files in place (atomic writes). With --check nothing is
/// written: unformatted files are listed and the exit code is 1. Files with syntax errors are never changed.
/// </summary>
internal static class FmtCommand
{
    /// <summary>The verb with its options.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files and folders to format (folders recursively, skipping what .gitignore ignores).", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; list the files that are not formatted and exit with 1 if there are any." };
        var verify = new Option<bool>("--verify") { Description = "Re-parse each formatted text and refuse a result whose syntax tree differs from the original." };
        var command = new Command("fmt", "Format Nix files in place.") { paths, check, verify };
        command.SetAction(result => CommandGuard.Run(() => Run(result.GetValue(paths)!, result.GetValue(check), result.GetValue(verify), Console.Out, Console.Error)));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code.</summary>
    internal static int Run(IReadOnlyList<string> paths, bool check, bool verify, TextWriter stdout, TextWriter stderr)
    {
        var (files, missing) = NixFileDiscovery.Discover(paths);
        if (missing.Count > 0)
        {
            foreach (var path in missing) stderr.WriteLine($"nixk3s: no such file or folder: '{path}'");
            return ExitCodes.BadInput;
        }

        var results = new FileFormatting[files.Count];
        using (var progress = ProgressReporter.ForConsole("formatting", files.Count))
        {
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                results[i] = NixFormatting.FormatFile(files[i], verify);
                progress.Advance();
            });
        }

        int exit = ExitCodes.Success;
        int changed = 0;
        foreach (var result in results)
        {
            var shown = DisplayPath.For(result.FullPath);
            switch (result.Status)
            {
                case FileFormattingStatus.Changed when check:
                    stdout.WriteLine(shown);
                    exit = Math.Max(exit, ExitCodes.Findings);
                    changed++;
                    break;
                case FileFormattingStatus.Changed:
                    try
                    {
                        AtomicFile.WriteAllText(result.FullPath, result.NewText!);
                        changed++;
                    }
                    catch (IOException e)
                    {
                        stderr.WriteLine($"nixk3s: cannot write '{shown}': {e.Message}");
                        exit = ExitCodes.BadInput;
                    }
                    break;
                case FileFormattingStatus.SyntaxErrors:
                    stderr.WriteLine($"nixk3s: {shown}: not formatted: {result.Detail ?? "it has syntax errors"}");
                    exit = Math.Max(exit, ExitCodes.Findings);
                    break;
                case FileFormattingStatus.VerificationFailed:
                    stderr.WriteLine($"nixk3s: {shown}: not formatted: --verify found that the result changes the syntax tree{(result.Detail is null ? "" : $" ({result.Detail})")}");
                    exit = Math.Max(exit, ExitCodes.Findings);
                    break;
                case FileFormattingStatus.Unreadable:
                    stderr.WriteLine($"nixk3s: cannot read '{shown}': {result.Detail}");
                    exit = ExitCodes.BadInput;
                    break;
            }
        }
        if (!check && changed > 0) stderr.WriteLine($"nixk3s: formatted {changed} of {files.Count} file(s)");
        return exit;
    }
}

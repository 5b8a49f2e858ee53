using System.CommandLine;
using Nix.Syntax.Diagnostics;
using NixK3s.Cli.Config;
using NixK3s.Cli.Diff;
using NixK3s.Cli.Files;
using NixK3s.Cli.Fixes;
using NixK3s.Cli.Output;

namespace NixK3s.Cli.Lint;

/// <summary>
/// <c>nixk3s lint PATH... [--format human|errfmt|json|sarif] [--fix [--dry-run]] [--config FILE | --no-config] [-o FILE]</c>.
/// </summary>
internal static class LintCommand
{
    /// <summary>The verb with its options.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files and folders to lint (folders recursively, skipping what .gitignore ignores).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "human" };
        format.AcceptOnlyFromAmong("human", "errfmt", "json", "sarif");
        var fix = new Option<bool>("--fix") { Description = "Apply the automatic fixes (files with syntax errors are never changed)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print the fixes as a unified diff and change nothing." };
        var config = new Option<FileInfo>("--config") { Description = $"Use this config file instead of the nearest {LintConfiguration.FileName}." };
        var noConfig = new Option<bool>("--no-config") { Description = $"Ignore {LintConfiguration.FileName} files." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output." };
        var command = new Command("lint", "Check NixOS k3s configurations against the K3S rules, and report Nix syntax errors.")
        {
            paths, format, fix, dryRun, config, noConfig, output,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(dryRun) && !result.GetValue(fix)) result.AddError("--dry-run only makes sense with --fix.");
            if (result.GetValue(config) is not null && result.GetValue(noConfig)) result.AddError("--config and --no-config cannot be used together.");
        });
        command.SetAction(result => CommandGuard.Run(() => Run(new LintSettings(
            result.GetValue(paths)!,
            Enum.Parse<OutputFormat>(result.GetValue(format)!, ignoreCase: true),
            result.GetValue(fix),
            result.GetValue(dryRun),
            result.GetValue(config)?.FullName,
            result.GetValue(noConfig),
            result.GetValue(output)?.FullName), Console.Out, Console.Error)));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code.</summary>
    internal static int Run(LintSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var configuration = LoadConfiguration(settings, stderr);
        if (configuration is null) return ExitCodes.BadInput;

        var (files, missing) = NixFileDiscovery.Discover(settings.Paths, configuration.IsIgnored);
        if (missing.Count > 0)
        {
            foreach (var path in missing) stderr.WriteLine($"nixk3s: no such file or folder: '{path}'");
            return ExitCodes.BadInput;
        }

        LintReport report;
        IReadOnlyList<ParsedFile> parsed;
        using (var progress = ProgressReporter.ForConsole("linting", files.Count))
            (report, parsed) = LintEngine.Run(files, configuration, progress);
        bool unreadable = false;
        foreach (var file in parsed.Where(f => f.ReadError is not null))
        {
            stderr.WriteLine($"nixk3s: cannot read '{file.DisplayPath}': {file.ReadError}");
            unreadable = true;
        }

        if (settings.Fix)
        {
            var outcome = FixLoop.Run(files, configuration, report, parsed);
            foreach (var (finding, reason) in outcome.Skipped)
                stderr.WriteLine($"nixk3s: fix for {finding.RuleId} at {finding.Region.Path}:{finding.Region.StartLine}:{finding.Region.StartColumn} not applied: {reason}");
            if (settings.DryRun)
            {
                foreach (var (file, oldText, newText) in outcome.Changes)
                    stdout.Write(UnifiedDiff.Create(oldText, newText, "a/" + file.DisplayPath, "b/" + file.DisplayPath));
                stderr.WriteLine($"nixk3s: would apply {outcome.FixCount} fix(es) in {outcome.Changes.Count} file(s)");
                return unreadable ? ExitCodes.BadInput : ExitFor(report);
            }
            foreach (var (file, _, newText) in outcome.Changes)
            {
                try
                {
                    AtomicFile.WriteAllText(file.FullPath, newText);
                }
                catch (IOException e)
                {
                    stderr.WriteLine($"nixk3s: cannot write '{file.DisplayPath}': {e.Message}");
                    return ExitCodes.BadInput;
                }
            }
            if (outcome.Changes.Count > 0) stderr.WriteLine($"nixk3s: applied {outcome.FixCount} fix(es) in {outcome.Changes.Count} file(s)");
            // What is left, from the texts now on disk.
            report = outcome.Report;
        }

        var color = settings.OutputFile is null && settings.Format == OutputFormat.Human && !Console.IsOutputRedirected
                    && Environment.GetEnvironmentVariable("NO_COLOR") is null && ReferenceEquals(stdout, Console.Out);
        if (settings.OutputFile is { } outputFile)
        {
            var text = new StringWriter();
            ReportWriter.Write(report, settings.Format, text);
            try
            {
                AtomicFile.WriteAllText(outputFile, text.ToString());
            }
            catch (IOException e)
            {
                stderr.WriteLine($"nixk3s: cannot write '{outputFile}': {e.Message}");
                return ExitCodes.BadInput;
            }
        }
        else
        {
            ReportWriter.Write(report, settings.Format, stdout, color);
        }
        return unreadable ? ExitCodes.BadInput : ExitFor(report);
    }

    private static int ExitFor(LintReport report) =>
        report.Findings.Any(f => f.Severity == DiagnosticSeverity.Error) ? ExitCodes.Findings : ExitCodes.Success;

    private static LintConfiguration? LoadConfiguration(LintSettings settings, TextWriter stderr)
    {
        if (settings.NoConfig) return LintConfiguration.Default;
        var path = settings.ConfigFile ?? LintConfiguration.Find(CommonFolder(settings.Paths));
        if (path is null) return LintConfiguration.Default;
        if (!File.Exists(path))
        {
            stderr.WriteLine($"nixk3s: config file not found: '{path}'");
            return null;
        }
        try
        {
            return LintConfiguration.Load(path);
        }
        catch (ConfigurationException e)
        {
            stderr.WriteLine($"nixk3s: {e.Message}");
            return null;
        }
    }

    /// <summary>The deepest folder holding every path (a file counts by its folder): where the config search starts.</summary>
    internal static string CommonFolder(IEnumerable<string> paths)
    {
        string? common = null;
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;
            if (common is null)
            {
                common = folder;
                continue;
            }
            while (!IsSameOrInside(folder, common)) common = Path.GetDirectoryName(common) ?? common;
        }
        return common ?? Environment.CurrentDirectory;
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}

/// <summary>The options of one <c>nixk3s lint</c> run.</summary>
internal sealed record LintSettings(
    IReadOnlyList<string> Paths,
    OutputFormat Format,
    bool Fix,
    bool DryRun,
    string? ConfigFile,
    bool NoConfig,
    string? OutputFile);

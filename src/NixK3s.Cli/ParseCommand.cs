using System.CommandLine;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace NixK3s.Cli;

/// <summary><c>nixk3s parse FILE [--tree | --json]</c>: diagnostics, and optionally the full syntax tree, as text or JSON.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The .nix file to parse." };
        var tree = new Option<bool>("--tree") { Description = "Print the syntax tree: kinds, spans, tokens and trivia." };
        var json = new Option<bool>("--json") { Description = "Print diagnostics and the syntax tree as JSON." };
        var command = new Command("parse", "Parse a Nix file and print its diagnostics (and, with --tree or --json, its syntax tree).")
        {
            file,
            tree,
            json,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(tree) && result.GetValue(json)) result.AddError("--tree and --json cannot be used together.");
        });
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(tree), result.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(FileInfo file, bool printTree, bool printJson, TextWriter output, TextWriter error)
    {
        NixSyntaxTree syntaxTree;
        try
        {
            syntaxTree = NixSyntaxTree.ParseFile(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"nixk3s: cannot read '{file}': {e.Message}");
            return ExitCodes.BadInput;
        }
        int errors = syntaxTree.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        if (printJson)
        {
            output.Flush();
            using var stdout = Console.OpenStandardOutput();
            SyntaxTreeJson.Write(syntaxTree, stdout);
            stdout.WriteByte((byte)'\n');
            return errors == 0 ? ExitCodes.Success : ExitCodes.Findings;
        }
        if (printTree) output.Write(SyntaxTreeDumper.Dump(syntaxTree.GetRoot()));
        foreach (var diagnostic in syntaxTree.GetDiagnostics())
        {
            var position = diagnostic.Location.GetLineSpan().StartLinePosition;
            output.WriteLine($"{file}:{position.Line + 1}:{position.Character + 1}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.Message}");
        }
        output.WriteLine(errors == 0 ? $"{file}: parsed, no errors" : $"{file}: {errors} error(s)");
        return errors == 0 ? ExitCodes.Success : ExitCodes.Findings;
    }
}

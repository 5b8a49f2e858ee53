using System.CommandLine;
using NixK3s.Cli;
using NixK3s.Cli.Emit;
using NixK3s.Cli.Format;
using NixK3s.Cli.Lint;

var root = new RootCommand("nixk3s: lint, format, emit and parse NixOS k3s node configurations, built on Nix.Syntax.");
root.Subcommands.Add(LintCommand.Create());
root.Subcommands.Add(ExplainCommand.Create());
root.Subcommands.Add(FmtCommand.Create());
root.Subcommands.Add(EmitCommand.Create());
root.Subcommands.Add(ParseCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Bad arguments: one clear message and exit code 2, never a stack trace.
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"nixk3s: {error.Message}");
    Console.Error.WriteLine("Run 'nixk3s --help' for usage.");
    return ExitCodes.BadInput;
}
return parsed.Invoke();

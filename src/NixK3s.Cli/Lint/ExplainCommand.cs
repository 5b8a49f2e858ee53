using System.CommandLine;
using NixK3s.Cli.Output;

namespace NixK3s.Cli.Lint;

/// <summary><c>nixk3s explain ID</c>: a rule's severity, title, explanation and whether it has a fix; <c>explain --list</c> lists them all.</summary>
internal static class ExplainCommand
{
    /// <summary>The verb with its argument.</summary>
    public static Command Create()
    {
        var id = new Argument<string?>("id") { Description = "A rule id, such as K3S016 or NIX1002.", Arity = ArgumentArity.ZeroOrOne, HelpName = "ID" };
        id.CompletionSources.Add(_ => RuleCatalog.All.Select(r => new System.CommandLine.Completions.CompletionItem(r.Id, detail: r.Title)));
        var list = new Option<bool>("--list") { Description = "List every rule with its id, default severity and title." };
        var command = new Command("explain", "Explain a lint rule: what it checks, why, and the fix.") { id, list };
        command.Validators.Add(result =>
        {
            if (result.GetValue(id) is null == !result.GetValue(list)) result.AddError("Give a rule id, or --list.");
        });
        command.SetAction(result => Run(result.GetValue(id), result.GetValue(list), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the verb; returns the exit code.</summary>
    internal static int Run(string? id, bool list, TextWriter stdout, TextWriter stderr)
    {
        if (list)
        {
            foreach (var r in RuleCatalog.All)
                stdout.WriteLine($"{r.Id}  {ReportWriter.SeverityName(r.DefaultSeverity),-7}  {r.Title}{(r.HasFix ? "  [fix]" : "")}");
            return ExitCodes.Success;
        }
        if (RuleCatalog.Find(id!) is not { } rule)
        {
            stderr.WriteLine($"nixk3s: unknown rule '{id}'. Run 'nixk3s explain --list' to see them all.");
            return ExitCodes.BadInput;
        }
        stdout.WriteLine($"{rule.Id}: {rule.Title}");
        stdout.WriteLine($"Default severity: {ReportWriter.SeverityName(rule.DefaultSeverity)}");
        stdout.WriteLine($"Automatic fix: {(rule.HasFix ? "yes (nixk3s lint --fix)" : "no")}");
        stdout.WriteLine();
        stdout.WriteLine(rule.Explanation);
        return ExitCodes.Success;
    }
}

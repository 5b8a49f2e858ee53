using System.CommandLine;
using NixK3s.Cli.Files;

namespace NixK3s.Cli.Emit;

/// <summary>
/// <c>nixk3s emit --profile NAME [--env local|production] [--hostname H] [--fqdn F] [--external-ip IP] [--token-file P] [--server-addr URL] [-o FILE]</c>:
/// writes a NixOS k3s server module built from one of the K3s.Modules profiles.
/// </summary>
internal static class EmitCommand
{
    /// <summary>The verb with its options.</summary>
    public static Command Create()
    {
        var profile = new Option<string>("--profile", "-p") { Description = "The profile to build:\n" + ModuleProfiles.Descriptions, Required = true, HelpName = "NAME" };
        profile.AcceptOnlyFromAmong([.. ModuleProfiles.Names]);
        var environment = new Option<string?>("--env") { Description = "The environment the profile targets." };
        environment.AcceptOnlyFromAmong("local", "production");
        var hostname = new Option<string?>("--hostname") { Description = "networking.hostName of the node." };
        var fqdn = new Option<string?>("--fqdn") { Description = "The node's fully qualified name (used for --tls-san)." };
        var externalIp = new Option<string?>("--external-ip") { Description = "The node's external IP address." };
        externalIp.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } ip && !System.Net.IPAddress.TryParse(ip, out _))
                result.AddError($"--external-ip: '{ip}' is not an IP address.");
        });
        var tokenFile = new Option<string?>("--token-file") { Description = "The cluster token file on the node: an absolute path or an expression such as config.age.secrets.k3s-token.path (never the token itself)." };
        var serverAddr = new Option<string?>("--server-addr") { Description = "https://host:6443 of the first server (ha-joining-server)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the module to this file (atomically) instead of standard output." };
        var command = new Command("emit", "Write a NixOS k3s server module from a named profile.")
        {
            profile, environment, hostname, fqdn, externalIp, tokenFile, serverAddr, output,
        };
        command.SetAction(result =>
        {
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            void Add(string key, string? value)
            {
                if (value is not null) parameters[key] = value;
            }
            Add("env", result.GetValue(environment));
            Add("hostname", result.GetValue(hostname));
            Add("fqdn", result.GetValue(fqdn));
            Add("externalIp", result.GetValue(externalIp));
            Add("tokenFile", result.GetValue(tokenFile));
            Add("serverAddr", result.GetValue(serverAddr));
            return CommandGuard.Run(() => Run(result.GetValue(profile)!, parameters, result.GetValue(output)?.FullName, Console.Out, Console.Error));
        });
        return command;
    }

    /// <summary>Runs the verb; returns the exit code.</summary>
    internal static int Run(string profile, IReadOnlyDictionary<string, string> parameters, string? outputFile, TextWriter stdout, TextWriter stderr)
    {
        string text;
        try
        {
            text = ModuleProfiles.Emit(profile, parameters);
        }
        catch (ProfileException e)
        {
            stderr.WriteLine($"nixk3s: {e.Message}");
            return ExitCodes.BadInput;
        }
        if (outputFile is null)
        {
            stdout.Write(text);
            return ExitCodes.Success;
        }
        try
        {
            AtomicFile.WriteAllText(outputFile, text);
        }
        catch (IOException e)
        {
            stderr.WriteLine($"nixk3s: cannot write '{outputFile}': {e.Message}");
            return ExitCodes.BadInput;
        }
        return ExitCodes.Success;
    }
}

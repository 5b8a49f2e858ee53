using System.CommandLine;
using NixK3s.Cli;

var root = new RootCommand("nixk3s: tools for NixOS k3s node configurations, built on Nix.Syntax.");
root.Subcommands.Add(ParseCommand.Create());
return root.Parse(args).Invoke();

using System.Text;
using K3s.Modules.Profiles;

namespace K3s.Modules.Benchmarks;

/// <summary>
/// The input of the lint benchmark: a directory of <c>.nix</c> files. <c>NIXK3S_LINT_CORPUS</c> names a real one
/// (for example a home-manager checkout); otherwise about 3,500 files and 5 MB are generated once into a temporary
/// directory: one file in ten a k3s server module from the profiles, the rest ordinary NixOS and home-manager-style
/// modules with options, lets, lists and strings.
/// </summary>
public static class LintCorpus
{
    /// <summary>The environment variable naming a real corpus directory.</summary>
    public const string Variable = "NIXK3S_LINT_CORPUS";

    /// <summary>The number of generated files.</summary>
    public const int GeneratedFiles = 3_500;

    /// <summary>The corpus directory: the variable's, or a generated one.</summary>
    /// <returns>The directory path.</returns>
    public static string Directory()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given) return given;
        string dir = Path.Combine(Path.GetTempPath(), "nixk3s-lint-corpus-v1");
        if (System.IO.Directory.Exists(dir) && System.IO.Directory.EnumerateFiles(dir, "*.nix", SearchOption.AllDirectories).Count() == GeneratedFiles) return dir;
        System.IO.Directory.CreateDirectory(dir);
        var profiles = ProfileCatalog.Names.ToList();
        for (int i = 0; i < GeneratedFiles; i++)
        {
            string sub = Path.Combine(dir, $"group{i / 100:D2}");
            System.IO.Directory.CreateDirectory(sub);
            string text = i % 10 == 0 ? ProfileCatalog.Build(profiles[i / 10 % profiles.Count]).ToNixText() : OrdinaryModule(i);
            File.WriteAllText(Path.Combine(sub, $"module{i:D4}.nix"), text);
        }
        return dir;
    }

    private static string OrdinaryModule(int i)
    {
        var text = new StringBuilder();
        text.Append("{ config, lib, pkgs, ... }:\n\nlet\n  cfg = config.programs.tool").Append(i).Append(";\nin\n{\n");
        text.Append("  options.programs.tool").Append(i).Append(" = {\n");
        text.Append("    enable = lib.mkEnableOption \"tool number ").Append(i).Append("\";\n");
        text.Append("    package = lib.mkPackageOption pkgs \"tool").Append(i).Append("\" { };\n");
        text.Append("    settings = lib.mkOption {\n      type = lib.types.attrsOf lib.types.str;\n      default = { };\n");
        text.Append("      description = ''\n        Settings written to {file}`$XDG_CONFIG_HOME/tool/config`.\n      '';\n    };\n  };\n\n");
        text.Append("  config = lib.mkIf cfg.enable {\n    home.packages = [ cfg.package ];\n");
        text.Append("    xdg.configFile.\"tool").Append(i).Append("/config\".text = lib.concatStringsSep \"\\n\" (\n");
        text.Append("      lib.mapAttrsToList (name: value: \"${name} = ${value}\") cfg.settings\n    );\n");
        for (int j = 0; j < 12; j++)
        {
            text.Append("    programs.tool").Append(i).Append(".settings.key").Append(j).Append(" = lib.mkDefault \"value ").Append(i * j).Append("\"; # default\n");
        }
        text.Append("  };\n}\n");
        return text.ToString();
    }
}

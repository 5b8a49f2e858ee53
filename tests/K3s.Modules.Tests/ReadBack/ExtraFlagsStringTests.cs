using K3s.Modules.Editing;
using K3s.Modules.Values;

namespace K3s.Modules.Tests.ReadBack;

/// <summary><c>extraFlags</c> given as one string is read into the typed flag list; unknown parts stay interpolations with their location.</summary>
public sealed class ExtraFlagsStringTests
{
    private const string Path = "/virtual/flags.nix";

    private static K3sNodeModule Read(string flagsExpression, string let = "") =>
        K3sModuleDocument.Parse($$"""
            { config, lib, pkgs, ... }:
            let
              ip = "10.0.0.5";
            {{let}}
            in
            {
              services.k3s.extraFlags = {{flagsExpression}};
            }
            """, Path).Model;

    private static string[] Flags(K3sNodeModule m) => m.K3s.ExtraFlags.Select(f => f.Value.ToString().Trim('"')).ToArray();

    [Fact]
    public void APlainStringIsSplitAtWhitespace()
    {
        var m = Read("\"--a --b=c  --disable traefik\"");
        Assert.Equal(["--a", "--b=c", "--disable", "traefik"], Flags(m));
        Assert.Empty(m.OtherSettings.Bindings);
    }

    [Fact]
    public void QuotesGroupAsSystemdDoes()
    {
        var m = Read("\"--write-kubeconfig-mode \\\"0644\\\" --etcd-snapshot-schedule-cron='0 */6 * * *'\"");
        Assert.Equal(["--write-kubeconfig-mode", "0644", "--etcd-snapshot-schedule-cron=0 */6 * * *"], Flags(m));
    }

    [Fact]
    public void ToStringOfAList()
    {
        var m = Read("toString [ \"--a\" \"--node-ip=${ip}\" ]");
        Assert.Equal(["--a", "--node-ip=10.0.0.5"], Flags(m));
    }

    [Fact]
    public void ConcatStringsSepOfAList()
    {
        var m = Read("lib.concatStringsSep \" \" [ \"--a\" \"--b\" ]");
        Assert.Equal(["--a", "--b"], Flags(m));
    }

    [Fact]
    public void AMultiLineIndentedString()
    {
        var m = Read("''\n    --flannel-backend=none\n    --disable-network-policy\n  ''");
        Assert.Equal(["--flannel-backend=none", "--disable-network-policy"], Flags(m));
    }

    [Fact]
    public void MkForceOnAStringKeepsThePriority()
    {
        var m = Read("lib.mkForce \"--a --b\"");
        Assert.Equal(["--a", "--b"], Flags(m));
        Assert.Equal(Priority.Force, m.Priorities["services.k3s.extraFlags"]);
    }

    [Fact]
    public void UnknownPartsStayInterpolationsWithTheirLocation()
    {
        var m = Read("\"--tls-san=${config.networking.fqdn} ${lib.concatStringsSep \" \" extra} --b\"");
        var flags = m.K3s.ExtraFlags;
        Assert.Equal(3, flags.Count);
        // Inside a flag: the flag keeps its known text and the hole.
        var san = flags[0].Value.Parts;
        Assert.Equal(new TextPart("--tls-san="), san[0]);
        var hole = Assert.IsType<InterpolationPart>(san[1]).Expression;
        Assert.Equal("config.networking.fqdn", hole.Text);
        Assert.Equal(Path, hole.Location!.Path);
        Assert.Equal(7, hole.Location.StartLine);
        // A whole unknown word (maybe several flags) is a flag of its own, never guessed apart.
        var unknown = Assert.IsType<InterpolationPart>(Assert.Single(flags[1].Value.Parts)).Expression;
        Assert.Equal("extra", unknown.Text);
        Assert.Equal(7, unknown.Location!.StartLine);
        Assert.Equal("--b", flags[2].Value.ToString().Trim('"'));
    }

    [Fact]
    public void SiniFixture_LetBuiltStringBecomesFlags()
    {
        var m = K3sNodeModule.ReadFiles(Reading.FixturePaths.Directory("sini-style").ToArray());
        var flags = Flags(m);
        Assert.Contains("--flannel-backend=none", flags);
        Assert.Contains("--etcd-snapshot-schedule-cron=0 */6 * * *", flags);
        Assert.Contains("--write-kubeconfig-mode", flags);
        Assert.Equal(Priority.Force, m.Priorities["services.k3s.extraFlags"]);
        Assert.DoesNotContain(m.OtherSettings.Bindings, b => b.Path.ToString() == "services.k3s.extraFlags");
    }

    [Fact]
    public void EditingAStringBuiltWithUnknownsIsRefused()
    {
        var document = K3sModuleDocument.Parse("{ config, ... }: { services.k3s.extraFlags = \"--a --tls-san=${config.networking.fqdn}\"; }", Path);
        var result = document.Apply(m => m with { K3s = m.K3s with { ExtraFlags = m.K3s.ExtraFlags.Add("--c") } });
        var refusal = Assert.Single(result.Refusals);
        Assert.Contains("one string", refusal.Reason, StringComparison.Ordinal);
        Assert.Equal(1, refusal.Location!.StartLine);
    }
}

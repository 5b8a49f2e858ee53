using K3s.Modules.Linting.Flags;
using K3s.Modules.Reading;
using K3s.Modules.Text;

namespace K3s.Modules.Tests.Text;

/// <summary>systemd's ExecStart word splitting, shared by the linter's flag set and the model's extraFlags splitter.</summary>
public sealed class ExecStartTokenizerTests
{
    [Fact]
    public void WhitespaceSeparatesAndQuotesGroup()
    {
        var words = ExecStartTokenizer.Split("  --a=1\t--node-label \"zone=eu west\" 'x\\y' --b\\ c ");
        Assert.Equal(["--a=1", "--node-label", "zone=eu west", "x\\y", "--b c"], words.Select(w => w.Word));
        Assert.Equal(["--a=1", "--node-label", "\"zone=eu west\"", "'x\\y'", "--b\\ c"], words.Select(w => w.Raw));
    }

    [Fact]
    public void AnUnclosedQuoteRunsToTheEnd()
    {
        var words = ExecStartTokenizer.Split("--a \"b c");
        Assert.Equal(["--a", "b c"], words.Select(w => w.Word));
    }

    [Fact]
    public void TheLintersFlagSetKeepsAHoleInsideItsWord()
    {
        var host = new HostConfiguration([ModuleReader.ReadText("""{ config, ... }: { services.k3s.extraFlags = "--tls-san=${config.networking.fqdn} 'quoted word' --x"; }""")]);
        var flags = K3sFlagSet.Of(host);
        var tlsSan = Assert.Single(flags.Named("tls-san"));
        Assert.Equal(ExecStartTokenizer.Hole.ToString(), tlsSan.Value);
        Assert.True(tlsSan.HasUnknownPart);
        Assert.Equal(["quoted word"], flags.StrayWords);
        Assert.False(flags.HasUnknownFlags);
    }

    [Fact]
    public void AWhollyUnknownStringMakesTheFlagsUnknown()
    {
        var host = new HostConfiguration([ModuleReader.ReadText("{ flags, ... }: { services.k3s.extraFlags = flags; }")]);
        Assert.True(K3sFlagSet.Of(host).HasUnknownFlags);
    }
}

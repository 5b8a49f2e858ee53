using K3s.Modules.Editing;
using K3s.Modules.Values;

namespace K3s.Modules.Tests.Editing;

/// <summary>extraFlags written as one string is edited flag by flag where its form allows: a literal, or a joined list of one flag per element.</summary>
public sealed class ExtraFlagsEditTests
{
    private const string Path = "/virtual/flags.nix";

    private static string Module(string flags) => $$"""
        { config, lib, ... }:
        {
          services.k3s = {
            enable = true;
            extraFlags = {{flags}};
          };
        }

        """;

    private static string Edit(string text, Func<EquatableList<K3sFlag>, EquatableList<K3sFlag>> change) =>
        ModelEditTests.Edit(text, m => m with { K3s = m.K3s with { ExtraFlags = change(m.K3s.ExtraFlags) } });

    [Fact]
    public void AppendingToALiteralKeepsItsText()
    {
        var text = Module("\"--a  --b=c\"");
        Assert.Equal(text.Replace("\"--a  --b=c\"", "\"--a  --b=c --debug\""), Edit(text, f => f.Add("--debug")));
    }

    [Fact]
    public void RemovingFromALiteralRejoinsIt()
    {
        var text = Module("lib.mkForce \"--a --b=c --d\"");
        Assert.Equal(text.Replace("\"--a --b=c --d\"", "\"--a --d\""), Edit(text, f => f.Where(x => x.Value.ToString() != "\"--b=c\"").ToEquatableList()));
    }

    [Fact]
    public void AFlagWithSpacesIsQuotedForSystemd()
    {
        var text = Module("\"--a\"");
        var edited = Edit(text, f => f.Add("--etcd-snapshot-schedule-cron=0 */6 * * *"));
        Assert.Equal(text.Replace("\"--a\"", "\"--a '--etcd-snapshot-schedule-cron=0 */6 * * *'\""), edited);
    }

    [Fact]
    public void ToStringListGetsAnElement()
    {
        var text = Module("toString [ \"--a\" \"--b\" ]");
        Assert.Equal(text.Replace("[ \"--a\" \"--b\" ]", "[ \"--a\" \"--b\" \"--c\" ]"), Edit(text, f => f.Add("--c")));
    }

    [Fact]
    public void ConcatStringsSepListLosesAnElementLine()
    {
        var text = Module("lib.concatStringsSep \" \" [\n      \"--a\"\n      \"--b\"\n    ]");
        Assert.Equal(text.Replace("      \"--a\"\n", ""), Edit(text, f => f.Skip(1).ToEquatableList()));
    }

    [Fact]
    public void AFlagWithASpaceIsNotAddedToAJoinedList()
    {
        var document = K3sModuleDocument.Parse(Module("toString [ \"--a\" ]"), Path);
        var result = document.Apply(m => m with { K3s = m.K3s with { ExtraFlags = m.K3s.ExtraFlags.Add("--x y") } });
        Assert.Contains("space", Assert.Single(result.Refusals).Reason, StringComparison.Ordinal);
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using K3s.Modules.Values;

namespace K3s.Modules.Tests.Values;

/// <summary>The one option path type: parsing, printing, and the reader's operations (append, prefix, relative).</summary>
public sealed class OptionPathTests
{
    [Fact]
    public void AQuotedNameWithDotsIsOneSegment()
    {
        var path = OptionPath.Parse("boot.kernel.sysctl.\"net.ipv4.ip_forward\"");
        Assert.Equal(["boot", "kernel", "sysctl", "net.ipv4.ip_forward"], path.Segments);
        Assert.Equal(4, path.Length);
        Assert.Equal("net.ipv4.ip_forward", path.Last);
        Assert.Equal("sysctl", path[2]);
        Assert.Equal(path.Last, path[^1]);
    }

    [Fact]
    public void EscapesInAQuotedNameAreResolved()
    {
        var path = OptionPath.Parse("a.\"say \\\"hi\\\" \\\\ \\${x}\".b");
        Assert.Equal(["a", "say \"hi\" \\ ${x}", "b"], path.Segments);
    }

    [Theory]
    [InlineData("a..b")]
    [InlineData(".a")]
    [InlineData("a.")]
    [InlineData("a.\"b")]
    [InlineData("a.\"b\"c")]
    [InlineData("a.b\"c\"")]
    public void MalformedTextIsRefused(string text) => Assert.Throws<FormatException>(() => OptionPath.Parse(text));

    [Fact]
    public void TheEmptyTextIsTheEmptyPath()
    {
        Assert.Same(OptionPath.Empty, OptionPath.Parse(""));
        Assert.Equal(0, OptionPath.Empty.Length);
        Assert.Equal("", OptionPath.Empty.Last);
        Assert.Equal("", OptionPath.Empty.ToString());
    }

    [Fact]
    public void AppendAddsSegmentsAndLeavesTheOriginal()
    {
        var k3s = OptionPath.Of("services", "k3s");
        Assert.Equal(OptionPath.Of("services", "k3s", "enable"), k3s.Append("enable"));
        Assert.Equal(OptionPath.Of("services", "k3s", "a.b", "c"), k3s.Append(OptionPath.Parse("\"a.b\".c")));
        Assert.Equal(OptionPath.Of("services", "k3s", "x", "y"), k3s.Append("x", "y"));
        Assert.Equal(k3s, OptionPath.Empty.Append(k3s));
        Assert.Equal(2, k3s.Length);
    }

    [Fact]
    public void StartsWithComparesWholeSegments()
    {
        var path = OptionPath.Parse("services.k3s.extraFlags");
        Assert.True(path.StartsWith(OptionPath.Of("services", "k3s")));
        Assert.True(path.StartsWith("services.k3s.extraFlags"));
        Assert.True(path.StartsWith(OptionPath.Empty));
        Assert.False(path.StartsWith("services.k3"));
        Assert.False(path.StartsWith("services.k3s.extraFlags.more"));
        Assert.False(OptionPath.Of("a.b").StartsWith(OptionPath.Of("a")));
    }

    [Fact]
    public void RelativeToDropsAPrefixAndRefusesAnotherPath()
    {
        var path = OptionPath.Parse("virtualisation.containerd.settings.plugins.\"io.containerd.grpc.v1.cri\".cni");
        Assert.Equal(OptionPath.Of("io.containerd.grpc.v1.cri", "cni"), path.RelativeTo("virtualisation.containerd.settings.plugins"));
        Assert.Equal(OptionPath.Empty, path.RelativeTo(path));
        Assert.Throws<ArgumentException>(() => path.RelativeTo("networking"));
    }

    [Fact]
    public void TakeAndSkipSplitAPath()
    {
        var path = OptionPath.Of("a", "b", "c");
        Assert.Equal(OptionPath.Of("a", "b"), path.Take(2));
        Assert.Equal(OptionPath.Of("c"), path.Skip(2));
        Assert.Equal(OptionPath.Empty, path.Take(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => path.Skip(4));
    }

    [Fact]
    public void EqualPathsHashAlikeWhateverBuiltThem()
    {
        var parsed = OptionPath.Parse("networking.firewall.\"allowed ports\"");
        var appended = OptionPath.Of("networking").Append("firewall").Append("allowed ports");
        Assert.Equal(parsed, appended);
        Assert.Equal(parsed.GetHashCode(), appended.GetHashCode());
        var listed = new OptionPath(["networking", "firewall", "allowed ports"]);
        Assert.Single(new HashSet<OptionPath> { parsed, appended, listed, OptionPath.Of("networking", "firewall", "allowed ports") });
        Assert.Equal(listed.Segments, appended.Segments);
        Assert.NotEqual(parsed, OptionPath.Of("networking", "firewall"));
    }

    [Fact]
    public void OfCopiesTheCallersArray()
    {
        string[] names = ["services", "k3s"];
        var path = OptionPath.Of(names);
        names[1] = "changed";
        Assert.Equal("services.k3s", path.ToString());
    }

    // Names a module may use: plain, dotted, quoted, with backslashes and interpolation-like text.
    private static readonly string[] Pieces = ["a", "k3s", "io.containerd", "\"", "\\", "${", "x y", "if", "-", "b'"];

    private static Arbitrary<string[]> Segments =>
        Arb.From(Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(
            Gen.ArrayOf(Gen.Elements(Pieces)).Where(p => p.Length is > 0 and < 4).Select(p => string.Concat(p)), n)));

    [Property(MaxTest = 300)]
    public Property ParseReadsWhatToStringPrints() =>
        Prop.ForAll(Segments, segments =>
        {
            var path = OptionPath.Of(segments);
            var text = path.ToString();
            return OptionPath.Parse(text).Equals(path).Label(text);
        });
}

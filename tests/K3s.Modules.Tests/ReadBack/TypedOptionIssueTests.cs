using K3s.Modules.Editing;

namespace K3s.Modules.Tests.ReadBack;

/// <summary>
/// The typed options issues are told for are the binder's own: every option it declares leaves a value it does not
/// take with an issue that says what it expects, and options the old hand-kept table missed are explained too.
/// </summary>
public sealed class TypedOptionIssueTests
{
    private const string Path = "/virtual/typed.nix";

    /// <summary>Each typed option the binder declares (a <c>*</c> name written as <c>x</c>) and what it expects.</summary>
    public static TheoryData<string, string> DeclaredOptions()
    {
        var data = new TheoryData<string, string>();
        foreach (var option in ModuleBinder.TypedOptions) data.Add(Dotted(option).Replace("*", "x", StringComparison.Ordinal), option.Expected);
        return data;
    }

    // The pattern's names joined by dots (OptionPath.ToString quotes `*`).
    private static string Dotted(TypedOption option) => string.Join('.', option.Pattern.Segments);

    private static IReadOnlyList<ModuleReadIssue> Issues(string bindings) => K3sModuleDocument.Parse("{ ... }: {\n" + bindings + "\n}\n", Path).Issues;

    [Theory]
    [MemberData(nameof(DeclaredOptions))]
    public void NullAtEveryDeclaredOptionIsATypeMismatchSayingWhatItExpects(string path, string expected)
    {
        var issue = Assert.Single(Issues($"  {path} = null;"));
        Assert.Equal(path, issue.Path);
        Assert.Equal(ModuleReadIssueKind.TypeMismatch, issue.Kind);
        Assert.Equal($"null where {expected} is expected", issue.Message);
        Assert.Equal(2, issue.Location!.StartLine);
    }

    [Fact]
    public void TheBinderDeclaresTheOptionsOfTheOldTableWithTheirTexts()
    {
        var declared = ModuleBinder.TypedOptions.ToDictionary(Dotted, o => o.Expected);
        Assert.Equal("an integer or a string", declared["boot.kernel.sysctl.*"]);
        Assert.Equal("a list of ports (integers 1–65535)", declared["networking.firewall.allowedTCPPorts"]);
        Assert.Equal("a list of strings or one string", declared["services.k3s.extraFlags"]);
        Assert.Equal("a list of packages", declared["environment.systemPackages"]);
        Assert.Equal("a boolean", declared["services.k3s.manifests.*.enable"]);
    }

    [Fact]
    public void AGracePeriodThatIsNoDurationIsATypeMismatch()
    {
        // Not in the old table: the binder types it as a Go duration, so a string that is none is an issue now.
        var issue = Assert.Single(Issues("  services.k3s.gracefulNodeShutdown.shutdownGracePeriod = \"soon\";"));
        Assert.Equal("services.k3s.gracefulNodeShutdown.shutdownGracePeriod", issue.Path);
        Assert.Equal(ModuleReadIssueKind.TypeMismatch, issue.Kind);
        Assert.Equal("a string where a duration string (such as \"30s\" or \"1m30s\") is expected", issue.Message);
    }

    [Fact]
    public void AGracePeriodThatIsADurationHasNoIssue() =>
        Assert.Empty(Issues("  services.k3s.gracefulNodeShutdown.shutdownGracePeriod = \"1m30s\";"));

    [Fact]
    public void AManifestFlagThatIsNoBooleanIsATypeMismatch()
    {
        var issue = Assert.Single(Issues("  services.k3s.manifests.cilium.enable = \"yes\";\n  services.k3s.manifests.cilium.target = \"cilium.yaml\";"));
        Assert.Equal("services.k3s.manifests.cilium.enable", issue.Path);
        Assert.Equal("a string where a boolean is expected", issue.Message);
    }

    [Fact]
    public void AListOfImagesWithAStringNamesTheString()
    {
        var issue = Assert.Single(Issues("  services.k3s.images = [ pkgs.k3s.airgap-images \"cilium.tar\" ];"));
        Assert.Equal("a list with a string where a list of image packages is expected", issue.Message);
    }

    [Fact]
    public void OptionsThatTakeAnyValueHaveNoIssue() =>
        Assert.Empty(Issues("  services.k3s.tokenFile = 42;\n  services.k3s.manifests.cilium.content = 1;"));
}

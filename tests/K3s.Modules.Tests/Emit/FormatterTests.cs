using K3s.Modules.Profiles;
using K3s.Modules.Tests.Profiles;
using Nix.Syntax.Formatting;

namespace K3s.Modules.Tests.Emit;

/// <summary>Emitted modules are already in nixfmt's layout: formatting them changes nothing.</summary>
public sealed class FormatterTests
{
    [Theory]
    [MemberData(nameof(ProfileTests.AllProfiles), MemberType = typeof(ProfileTests))]
    public void FormattingAnEmittedProfileChangesNothing(string name)
    {
        var text = ProfileCatalog.Build(name, ProfileTests.Parameters).ToNixText();
        var formatted = NixFormatter.Format(text).Text;
        Assert.Equal(text, formatted);
    }
}

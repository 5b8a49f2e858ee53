using System.Reflection;

namespace K3s.Modules.Tests;

/// <summary>Checks that the test project loads K3s.Modules next to Nix.Syntax.</summary>
public sealed class ProjectSmokeTests
{
    [Fact]
    public void ModulesAndSyntaxAssembliesLoad()
    {
        Assert.Equal("K3s.Modules", Assembly.Load("K3s.Modules").GetName().Name);
        Assert.Equal("Nix.Syntax", Assembly.Load("Nix.Syntax").GetName().Name);
    }
}

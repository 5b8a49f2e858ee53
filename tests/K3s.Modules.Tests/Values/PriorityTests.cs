using K3s.Modules.Reading;
using K3s.Modules.Values;

namespace K3s.Modules.Tests.Values;

/// <summary>The model's priorities and the module system's numbers the reader reads are one scale.</summary>
public sealed class PriorityTests
{
    [Theory]
    [InlineData(Priority.Force, OptionPriority.Force)]
    [InlineData(Priority.Normal, OptionPriority.Plain)]
    [InlineData(Priority.Default, OptionPriority.Default)]
    public void EachPriorityIsItsModuleSystemNumber(Priority priority, int number)
    {
        Assert.Equal(number, priority.Number());
        Assert.Equal(priority, PriorityFacts.FromNumber(number));
    }

    [Fact]
    public void NumbersTheModelDoesNotNameAreKeptAsWritten()
    {
        Assert.Null(PriorityFacts.FromNumber(OptionPriority.OptionDefault));
        var m = K3sNodeModule.Parse("{ lib, ... }: { services.k3s.enable = lib.mkOverride 10 true; }");
        // Kept as written: the model has no priority 10, so the option is not typed either.
        Assert.Null(m.K3s.Enable);
        Assert.False(m.Priorities.ContainsKey("services.k3s.enable"));
        Assert.Equal(NixExpression.Parse("lib.mkOverride 10 true"), Assert.Single(m.OtherSettings.Bindings).Value);
    }
}

namespace NixK3s.Cli.Tests;

/// <summary>A fact that runs only when an environment variable is set (slow or machine-specific checks), and is reported as skipped otherwise.</summary>
public sealed class FactWhenEnvironmentAttribute : FactAttribute
{
    /// <summary>Skips the test unless <paramref name="variable"/> is set and not empty.</summary>
    public FactWhenEnvironmentAttribute(string variable)
    {
        Variable = variable;
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable))) Skip = $"set {variable} to run this test";
    }

    /// <summary>The environment variable that enables the test.</summary>
    public string Variable { get; }
}

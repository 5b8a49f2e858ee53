namespace K3s.Modules.Reading;

/// <summary>The module system's priorities: a lower number wins.</summary>
public static class OptionPriority
{
    /// <summary><c>lib.mkForce</c>.</summary>
    public const int Force = 50;

    /// <summary>A plain definition.</summary>
    public const int Plain = 100;

    /// <summary><c>lib.mkDefault</c>.</summary>
    public const int Default = 1000;

    /// <summary><c>lib.mkOptionDefault</c>, and the <c>default</c> of a declared option.</summary>
    public const int OptionDefault = 1500;
}

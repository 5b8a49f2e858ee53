namespace K3s.Modules.Values;

/// <summary>The NixOS module-system priority of a definition.</summary>
public enum Priority
{
    /// <summary>A plain definition (priority 100).</summary>
    Normal,

    /// <summary><c>lib.mkForce</c> (priority 50): wins over plain definitions.</summary>
    Force,

    /// <summary><c>lib.mkDefault</c> (priority 1000): loses to plain definitions.</summary>
    Default,
}

/// <summary>Names and order of <see cref="Priority"/> values.</summary>
public static class PriorityFacts
{
    /// <summary>The <c>lib</c> function that sets the priority, or null for <see cref="Priority.Normal"/>.</summary>
    /// <param name="priority">The priority.</param>
    /// <returns><c>mkForce</c>, <c>mkDefault</c> or null.</returns>
    public static string? FunctionName(this Priority priority) => priority switch
    {
        Priority.Force => "mkForce",
        Priority.Default => "mkDefault",
        _ => null,
    };

    /// <summary>The numeric priority NixOS uses (lower wins).</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>50, 100 or 1000.</returns>
    public static int Number(this Priority priority) => priority switch
    {
        Priority.Force => 50,
        Priority.Default => 1000,
        _ => 100,
    };
}

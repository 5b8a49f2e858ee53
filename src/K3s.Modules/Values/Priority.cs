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

    /// <summary>The numeric priority NixOS uses (lower wins), as the reader knows it (<see cref="Reading.OptionPriority"/>).</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>50, 100 or 1000.</returns>
    public static int Number(this Priority priority) => priority switch
    {
        Priority.Force => Reading.OptionPriority.Force,
        Priority.Default => Reading.OptionPriority.Default,
        _ => Reading.OptionPriority.Plain,
    };

    /// <summary>The priority of a numeric module-system priority, such as a read definition's.</summary>
    /// <param name="number">The number (lower wins).</param>
    /// <returns>The priority, or null for a number the model has no name for (such as <c>mkOverride 10</c>).</returns>
    public static Priority? FromNumber(int number) => number switch
    {
        Reading.OptionPriority.Force => Priority.Force,
        Reading.OptionPriority.Default => Priority.Default,
        Reading.OptionPriority.Plain => Priority.Normal,
        _ => null,
    };
}

namespace NixK3s.Cli;

/// <summary>The exit codes of every verb.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at error level was found.</summary>
    public const int Success = 0;

    /// <summary>Something at error level was found.</summary>
    public const int Findings = 1;

    /// <summary>Bad arguments or unreadable input.</summary>
    public const int BadInput = 2;
}

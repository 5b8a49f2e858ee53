namespace NixK3s.Cli;

/// <summary>Runs a verb's action so that I/O failures end with one clear message and exit code 2, never a stack trace.</summary>
internal static class CommandGuard
{
    /// <summary>Runs <paramref name="action"/>; an I/O or permission error becomes a message on standard error and exit code 2.</summary>
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"nixk3s: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}

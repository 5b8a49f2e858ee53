using System.Diagnostics;

namespace NixK3s.Cli.Output;

/// <summary>
/// "linting 1200/3500 files" on standard error, redrawn in place, for long runs on a terminal. It stays silent when
/// standard error is redirected (logs and CI output never see it) and for the first half second (short runs never
/// flicker); <see cref="Dispose"/> erases the line. Safe to call from parallel workers.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter? _terminal;
    private readonly string _verb;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private int _done;
    private TimeSpan _lastDraw = TimeSpan.Zero;
    private int _drawnWidth;

    /// <summary>A reporter for <paramref name="total"/> items; it draws only if <paramref name="terminal"/> is not null.</summary>
    public ProgressReporter(TextWriter? terminal, string verb, int total)
    {
        _terminal = terminal;
        _verb = verb;
        _total = total;
    }

    /// <summary>A reporter on the console's standard error, or a silent one when standard error is redirected.</summary>
    public static ProgressReporter ForConsole(string verb, int total) =>
        new(Console.IsErrorRedirected ? null : Console.Error, verb, total);

    /// <summary>True if this reporter can ever draw.</summary>
    public bool IsVisible => _terminal is not null;

    /// <summary>Counts one finished item and redraws if it is time to.</summary>
    public void Advance()
    {
        int done = Interlocked.Increment(ref _done);
        if (_terminal is null) return;
        var now = _clock.Elapsed;
        if (now < Delay || now - _lastDraw < Interval) return;
        lock (_gate)
        {
            if (now - _lastDraw < Interval) return;
            _lastDraw = now;
            var line = $"{_verb} {done}/{_total} files";
            _terminal.Write("\r" + line.PadRight(_drawnWidth));
            _terminal.Flush();
            _drawnWidth = line.Length;
        }
    }

    /// <summary>Erases the progress line, if one was drawn.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_terminal is null || _drawnWidth == 0) return;
            _terminal.Write("\r" + new string(' ', _drawnWidth) + "\r");
            _terminal.Flush();
            _drawnWidth = 0;
        }
    }
}

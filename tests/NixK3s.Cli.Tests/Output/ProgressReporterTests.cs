using NixK3s.Cli.Output;

namespace NixK3s.Cli.Tests.Output;

/// <summary>The progress line: silent without a terminal, drawn after the initial delay, erased at the end.</summary>
public class ProgressReporterTests
{
    [Fact]
    public void WithoutATerminalNothingIsDrawn()
    {
        var reporter = new ProgressReporter(null, "linting", 10);
        for (int i = 0; i < 10; i++) reporter.Advance();
        reporter.Dispose();
        Assert.False(reporter.IsVisible);
    }

    [Fact]
    public void DrawsAfterTheDelayAndErasesOnDispose()
    {
        var terminal = new StringWriter();
        var reporter = new ProgressReporter(terminal, "linting", 3);
        reporter.Advance();
        Assert.Equal("", terminal.ToString()); // short runs never show it
        Thread.Sleep(700);
        reporter.Advance();
        Assert.Equal("\rlinting 2/3 files", terminal.ToString());
        reporter.Dispose();
        Assert.EndsWith("\r" + new string(' ', "linting 2/3 files".Length) + "\r", terminal.ToString());
    }
}

namespace NixK3s.Cli.Output;

/// <summary>The output formats of <c>nixk3s lint --format</c>.</summary>
internal enum OutputFormat
{
    /// <summary>Source excerpts with the span underlined, like rustc.</summary>
    Human,

    /// <summary><c>file&gt;line:col:severity:id:message</c>, one finding a line, for editors.</summary>
    Errfmt,

    /// <summary>A JSON document with every finding and its fix.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.</summary>
    Sarif,
}

using K3s.Modules.Reading;

namespace K3s.Modules.Linting;

/// <summary>The outcome of <see cref="Linter.Lint(IEnumerable{string}, LintOptions)"/>.</summary>
/// <param name="Findings">The findings, by path then position.</param>
/// <param name="Hosts">The hosts the files were grouped into.</param>
/// <param name="Files">Every file read (including imported ones not given).</param>
public sealed record LintResult(IReadOnlyList<LintFinding> Findings, IReadOnlyList<HostConfiguration> Hosts, IReadOnlyList<ModuleFile> Files);

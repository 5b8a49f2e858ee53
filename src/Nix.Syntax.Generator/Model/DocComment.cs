namespace Nix.Syntax.Generator.Model;

/// <summary>
/// The documentation of a type or field, as inner XML of C# doc tags (<c>&lt;c&gt;</c>, <c>&lt;see/&gt;</c>, …)
/// with whitespace collapsed to single spaces.
/// </summary>
/// <param name="Summary">The text that goes into <c>&lt;summary&gt;</c> (and into <c>&lt;param&gt;</c> for a field).</param>
/// <param name="Remarks">The text of an explicit <c>&lt;remarks&gt;</c>, or null.</param>
internal sealed record DocComment(string Summary, string? Remarks);

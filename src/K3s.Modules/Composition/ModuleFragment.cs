namespace K3s.Modules.Composition;

/// <summary>A named piece of a node module (built in, or written by the user, such as a Longhorn or ZeroTier fragment).</summary>
/// <param name="Name">The fragment's name, used in conflict messages.</param>
/// <param name="Module">What it defines.</param>
public sealed record ModuleFragment(string Name, K3sNodeModule Module);

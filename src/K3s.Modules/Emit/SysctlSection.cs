using K3s.Modules.Values;

namespace K3s.Modules.Emit;

/// <summary>
/// The value of <c>boot.kernel.sysctl</c> when the emitter prints the sysctls straight from the model: one
/// definition for the whole nested set instead of a path, a value and a definition per key (a generated module
/// may hold a million keys). Only <see cref="ModuleWriter"/> makes it, and only for the emitter.
/// </summary>
/// <param name="Sysctls">The sysctls, in order.</param>
internal sealed record SysctlSection(EquatableList<Sysctl> Sysctls) : NixValue;

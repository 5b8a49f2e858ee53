using K3s.Modules.Values;

namespace K3s.Modules.Emit;

/// <summary>
/// The value of a free-form settings set (<c>virtualisation.containerd.settings</c>, the kubelet and kube-proxy
/// configurations) when the emitter prints its bindings straight from the model: one definition for the whole
/// nested set instead of a full path and a definition per leaf (a generated containerd tree may hold a million
/// leaves). Each binding prints with its own path, relative to the set, as its leaf definition would. Only
/// <see cref="ModuleWriter"/> makes it, and only for the emitter, when every binding is a leaf.
/// </summary>
/// <param name="Bindings">The bindings, in order; none has a non-empty attribute set as its value.</param>
internal sealed record SettingsSection(EquatableList<NixBinding> Bindings) : NixValue;

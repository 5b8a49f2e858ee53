using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary><c>services.k3s.role</c>.</summary>
public enum K3sRole
{
    /// <summary><c>"server"</c>: control plane (and an agent unless <c>disableAgent</c>).</summary>
    Server,

    /// <summary><c>"agent"</c>: a worker that joins a server.</summary>
    Agent,
}

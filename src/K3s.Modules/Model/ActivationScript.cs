using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary><c>system.activationScripts.NAME.text</c>: shell run at every activation.</summary>
/// <param name="Name">The script's name, such as <c>cni-install</c>.</param>
/// <param name="Text">The script, usually an indented string with interpolations.</param>
public sealed record ActivationScript(string Name, NixString Text)
{
    /// <summary>
    /// The design document's CNI install script: copies <c>pkgs.cni-plugins</c> to <paramref name="target"/> with
    /// rsync, for a containerd whose CRI plugin expects the plugins there.
    /// </summary>
    /// <param name="target">The target directory, with a trailing slash.</param>
    /// <returns>The script named <c>cni-install</c>.</returns>
    public static ActivationScript CniInstall(string target = "/opt/cni/bin/") =>
        new("cni-install", new NixString(
            [new InterpolationPart(NixExpression.GetExe("rsync")), new TextPart(" --mkpath --recursive "),
             new InterpolationPart(NixExpression.Package("cni-plugins")), new TextPart("/bin/ " + target + "\n")],
            indented: true));
}

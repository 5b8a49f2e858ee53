using System.Globalization;
using System.Text;
using K3s.Modules.Values;

namespace K3s.Modules.Benchmarks;

/// <summary>The shape of the emitted attribute set.</summary>
public enum EmitShape
{
    /// <summary><c>boot.kernel.sysctl</c> with N quoted keys such as <c>"net.bench.k42" = 42;</c>.</summary>
    FlatSysctl,

    /// <summary>
    /// <c>virtualisation.containerd.settings</c> with N leaves under a quoted plugin id, such as
    /// <c>plugins."io.containerd.grpc.v1.cri".containerd.runtimes.r4.options.k2 = true;</c>.
    /// </summary>
    NestedContainerd,
}

/// <summary>The benchmark's models and the same text written directly with a <see cref="StringBuilder"/>.</summary>
public static class EmitInput
{
    private const string Header = "{\n  config,\n  lib,\n  pkgs,\n  ...\n}:\n\n{\n";

    /// <summary>The model with <paramref name="count"/> bindings of the given shape.</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="count">The number of bindings.</param>
    /// <returns>The model.</returns>
    public static K3sNodeModule Model(EmitShape shape, int count)
    {
        if (shape == EmitShape.FlatSysctl)
        {
            var sysctls = new Sysctl[count];
            for (int i = 0; i < count; i++) sysctls[i] = new Sysctl(FlatKey(i), i);
            return new K3sNodeModule { Sysctls = sysctls.ToEquatableList() };
        }
        var bindings = new NixBinding[count];
        for (int i = 0; i < count; i++)
            bindings[i] = new NixBinding(ContainerdSettings.Plugin(ContainerdSettings.LegacyCriPlugin, "containerd", "runtimes", Runtime(i), "options", Option(i)), new NixBool(true));
        return new K3sNodeModule { Containerd = new Containerd { Settings = new NixAttrs(bindings.ToEquatableList()) } };
    }

    /// <summary>The text the emitter prints for <see cref="Model"/>, written line by line with a <see cref="StringBuilder"/>.</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="count">The number of bindings.</param>
    /// <returns>The text.</returns>
    public static string Baseline(EmitShape shape, int count)
    {
        var builder = new StringBuilder(count * 64);
        builder.Append(Header);
        if (shape == EmitShape.FlatSysctl)
        {
            builder.Append("  boot.kernel.sysctl = {\n");
            for (int i = 0; i < count; i++)
                builder.Append("    \"").Append(FlatKey(i)).Append("\" = ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(";\n");
            builder.Append("  };\n");
        }
        else
        {
            builder.Append("  virtualisation.containerd = {\n    settings = {\n");
            for (int i = 0; i < count; i++)
                builder.Append("      plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.").Append(Runtime(i))
                    .Append(".options.").Append(Option(i)).Append(" = true;\n");
            builder.Append("    };\n  };\n");
        }
        builder.Append("}\n");
        return builder.ToString();
    }

    private static string FlatKey(int i) => "net.bench.k" + i.ToString(CultureInfo.InvariantCulture);

    private static string Runtime(int i) => "r" + (i / 64).ToString(CultureInfo.InvariantCulture);

    private static string Option(int i) => "k" + (i % 64).ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text.RegularExpressions;
using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S023: gracefulNodeShutdown durations, overrides and logind's inhibit delay.</summary>
internal sealed partial class GracefulShutdownRule() : LintRule("K3S023")
{
    [GeneratedRegex(@"^([0-9]+(\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$|^0$", RegexOptions.CultureInvariant)]
    private static partial Regex GoDuration();

    [GeneratedRegex(@"([0-9]+(?:\.[0-9]*)?)(ns|us|µs|ms|s|m|h)", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPart();

    internal static double? Seconds(string text)
    {
        if (!GoDuration().IsMatch(text)) return null;
        if (text == "0") return 0;
        double total = 0;
        foreach (Match m in DurationPart().Matches(text))
        {
            var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            total += m.Groups[2].Value switch { "h" => n * 3600, "m" => n * 60, "s" => n, "ms" => n / 1e3, "us" or "µs" => n / 1e6, _ => n / 1e9 };
        }
        return total;
    }

    public override void Analyze(HostFacts host, FindingSink sink)
    {
        var enable = host.K3sEffective("gracefulNodeShutdown.enable");
        if (enable.Value is not NixBool { Value: true }) return;
        var total = Duration(host, "gracefulNodeShutdown.shutdownGracePeriod", "30s", sink);
        var critical = Duration(host, "gracefulNodeShutdown.shutdownGracePeriodCriticalPods", "10s", sink);
        if (total is { } t && critical is { } c && c >= t)
        {
            var d = host.K3sDefinitions("gracefulNodeShutdown.shutdownGracePeriodCriticalPods").FirstOrDefault() ?? enable.Winners[0];
            sink.Report(DiagnosticSeverity.Error, $"shutdownGracePeriodCriticalPods ({c}s) must be shorter than shutdownGracePeriod ({t}s)", d);
        }
        foreach (var key in new[] { "shutdownGracePeriod", "shutdownGracePeriodCriticalPods" })
            foreach (var d in host.K3sDefinitions("extraKubeletConfig." + key))
                sink.Report(DiagnosticSeverity.Warning, $"extraKubeletConfig.{key} overrides gracefulNodeShutdown (merged after it)", d);
        // Parsed once, not once a definition.
        var logind = HostFacts.PathOf("services.logind");
        var inhibit = host.Host.Definitions.FirstOrDefault(d => d.Path.StartsWith(logind) && (d.Path.Last == "InhibitDelayMaxSec" || (d.Value is NixString s && s.Value.Contains("InhibitDelayMaxSec", StringComparison.Ordinal))));
        if (inhibit is null && total is { } period && period > 5)
            sink.Report(DiagnosticSeverity.Info,
                $"gracefulNodeShutdown waits {period}s but logind's InhibitDelayMaxSec is the systemd default 5s; the kubelet must rewrite it or fails (kubernetes#102818)",
                enable.Winners[0], SetInhibitDelay(enable.Winners[0], period));
    }

    private static double? Duration(HostFacts host, string option, string fallback, FindingSink sink)
    {
        var effective = host.K3sEffective(option);
        if (effective.Value is null) return Seconds(fallback);
        if (effective.Value is not NixString s) return null;
        var seconds = Seconds(s.Value);
        if (seconds is null) sink.Report(DiagnosticSeverity.Error, $"{option} = \"{s.Value}\" is not a Go duration (like 30s or 1m30s)", effective.Winners[0]);
        return seconds;
    }

    /// <summary>
    /// Adds <c>services.logind.settings.Login.InhibitDelayMaxSec</c> (the grace period) to the module's top
    /// attribute set, next to the k3s definition; not when the module splits into options and config.
    /// </summary>
    private static LintFix? SetInhibitDelay(OptionDefinition anchor, double period)
    {
        var node = anchor.Binding ?? anchor.Value.Syntax;
        if (node?.SyntaxTree is not { } tree) return null;
        if (RuleHelpers.ModuleTopSet(node) is not { } top) return null;
        var seconds = Math.Ceiling(period).ToString(CultureInfo.InvariantCulture);
        return FixFactory.Create($"set services.logind.settings.Login.InhibitDelayMaxSec to {seconds}s", tree,
            FixFactory.AppendBindings(top, [$"services.logind.settings.Login.InhibitDelayMaxSec = \"{seconds}s\";"]));
    }
}

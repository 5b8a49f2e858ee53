namespace K3s.Modules.Linting.Rules;

/// <summary>The rules that run, in id order.</summary>
internal static class RuleSet
{
    public static LintRule[] Create() =>
    [
        new NoK3sModuleRule(), new InvalidDisableItemRule(), new ExternalCniRule(), new NetworkPolicyRule(), new DeadFlannelFlagsRule(),
        new BundledComponentsRule(), new KernelModulesRule(), new BridgeSysctlRule(), new ForwardingSysctlRule(),
        new ProtectKernelDefaultsRule(), new ApiServerPortRule(), new EtcdPortsRule(), new OverlayPortsRule(),
        new FirewallDisabledRule(), new NftablesExtraCommandsRule(), new SecretExposureRule(), new KubeconfigModeRule(),
        new SystemdSpecifierRule(), new ClusterInitWithServerRule(), new AgentRoleRule(), new ServerAddressRule(),
        new DuplicateSettingsRule(), new UnknownFlagRule(), new GracefulShutdownRule(), new ContainerdRule(), new ImpermanenceRule(),
    ];
}

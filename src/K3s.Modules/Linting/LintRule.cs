namespace K3s.Modules.Linting;

/// <summary>A K3S rule: looks at one host and reports findings.</summary>
internal abstract class LintRule
{
    protected LintRule(string id) => Descriptor = RuleCatalog.Get(id);

    public RuleDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public abstract void Analyze(HostFacts host, FindingSink sink);
}

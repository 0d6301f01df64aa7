namespace Vigil.Core.Persons;

/// <summary>How much agreement a link between two person mentions needs, and how far facts may differ.</summary>
public sealed class PersonLinkingOptions
{
    /// <summary>
    /// The support a link needs beyond the name (default 2): the same incident or the same city counts 2, the same province,
    /// compatible ages and dates within <see cref="DateWindowDays"/> count 1 each. A shared name alone counts nothing.
    /// </summary>
    public int RequiredSupport { get; init; } = 2;

    /// <summary>How many years two stated ages may differ when the mentions are undated or dated within a year (default 1: "16" and "17").</summary>
    public int AgeTolerance { get; init; } = 1;

    /// <summary>Days two dates may lie apart and still count as agreeing, and two deaths may lie apart and still be one (default 31).</summary>
    public int DateWindowDays { get; init; } = 31;

    /// <summary>
    /// The extra support a link needs when the names are not the same key but a variant (a middle name dropped, one
    /// consonant apart): default 2, so such a link needs two agreeing facts beyond what a same-name link needs. Measured
    /// with `vigil bench persons` (20,000 persons, 200,000 mentions, load ~5): support 1 linked with precision 0.927 and
    /// recall 0.598 in 28.5 s; support 2 with 0.945 and 0.582 in 22.5 s; the name key alone 0.946 and 0.559 in 3.8 s. A wrong
    /// merge of two victims costs more than a missed link, so the default keeps the name key's precision.
    /// A negative value turns the second blocking keys off (only the same key is compared: the linker before them).
    /// </summary>
    public int VariantSupport { get; init; } = 2;
}

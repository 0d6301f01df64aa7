namespace Vigil.Core.Extraction.Statements;

/// <summary>
/// The classes of statement-words.txt a word of running text is tried against, one bit each, so the statements stage
/// looks a word up once (<see cref="StatementLexicon.ClassesOf"/>) instead of once per class.
/// </summary>
[Flags]
internal enum StatementWordClasses
{
    None = 0,

    /// <summary>statement-nouns: "remarks", "statement".</summary>
    StatementNoun = 1,

    /// <summary>report-verbs: "released", "documented".</summary>
    ReportVerb = 2,

    /// <summary>evaluative-verbs: "called".</summary>
    EvaluativeVerb = 4,

    /// <summary>evaluative-as-verbs: "described … as".</summary>
    EvaluativeAsVerb = 8,

    /// <summary>finding-verbs: "found", "identified".</summary>
    FindingVerb = 16,

    /// <summary>quoting-verbs: "quoted" ("IRNA quoted X as saying").</summary>
    QuotingVerb = 32,

    /// <summary>Any of the verb classes: the word may be a verb of findings or evaluation.</summary>
    AnyVerb = ReportVerb | EvaluativeVerb | EvaluativeAsVerb | FindingVerb,
}

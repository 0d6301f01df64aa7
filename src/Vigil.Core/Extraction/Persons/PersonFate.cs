using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Extraction.Persons;

/// <summary>
/// A named person and one fate one report gives them ("Mohsen Shekari, 23, was executed on 8 December"): one entry per
/// person per fate, with the person's fullest name the report uses.
/// </summary>
/// <param name="Name">The name as written, the fullest form the report uses, without titles ("Majid Kazemi Sheikh-Shabani").</param>
/// <param name="Age">The age the report states; the lower one of a range ("16 or 17" is 16). Null when not stated.</param>
/// <param name="Gender">The gender the report states by a gendered word or pronoun for the person; null when it does not.</param>
/// <param name="Fate">What happened to the person.</param>
/// <param name="Date">When, as precise as the report says; null when it does not.</param>
/// <param name="Location">Where; null when the report does not place it.</param>
/// <param name="Evidence">The span naming the person and stating the fate.</param>
/// <param name="Incident">The index, in <see cref="ExtractionResult.Incidents"/>, of the incident mention this fate belongs to; null when none does.</param>
public sealed record PersonFate(
    string Name,
    int? Age,
    Gender? Gender,
    Fate Fate,
    PartialDate? Date,
    Place? Location,
    TextSpan Evidence,
    int? Incident);

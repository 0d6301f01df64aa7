using Vigil.Storage.Audit;

namespace Vigil.Storage.Persons;

/// <summary>A person as a page, <c>vigil person ID</c> and the API show it.</summary>
/// <param name="Person">The machine values.</param>
/// <param name="Editor">The editor's values, field → value.</param>
/// <param name="Mentions">Every mention, oldest fate first, with its source, report and evidence text.</param>
/// <param name="Incidents">The incidents the person's mentions belong to.</param>
/// <param name="Photos">Evidence files attached to the person's reports (id, file name, media type).</param>
/// <param name="History">The audit entries of the person (changes and, for admins, reads).</param>
public sealed record PersonDetail(
    Person Person,
    IReadOnlyDictionary<string, string> Editor,
    IReadOnlyList<PersonMentionDetail> Mentions,
    IReadOnlyList<Guid> Incidents,
    IReadOnlyList<(string Id, string FileName, string MediaType)> Photos,
    IReadOnlyList<AuditEntry> History);

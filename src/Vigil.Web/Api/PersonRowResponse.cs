namespace Vigil.Web.Api;

/// <summary>One person in a list: names in both scripts, age (a range when sources differ), fates, dates, province, review state.</summary>
internal sealed record PersonRowResponse(Guid Id, string Name, string? NameLocal, string? Age, string? Gender, IReadOnlyList<string> Fates, DateOnly? FirstDate, DateOnly? LastDate, string? Province, int MentionCount, string Status);

using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Incidents;
using Vigil.Storage.Tests.Database;
using static Vigil.Storage.Tests.Incidents.IncidentReports;

namespace Vigil.Storage.Tests.Incidents;

/// <summary><c>vigil verify</c> finds incidents changed behind Vigil's back.</summary>
public abstract class VerifyIncidentsTests : IncidentStoreTest
{
    private async Task<(Incident Shiraz, Incident Mashhad)> IngestAsync()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency), ("radio.txt", ShirazByRadio), ("mashhad.txt", MashhadArrests)));
        await AssertVerifiesAsync();
        return (await IncidentOfTypeAsync("killing"), await IncidentOfTypeAsync("arrest"));
    }

    /// <summary>
    /// How problems name an incident: the last 12 hex digits, as <c>vigil incidents</c> lists it. The
    /// first digits of a UUID v7 are its timestamp, shared by everything made in the same millisecond.
    /// </summary>
    private static string ShortId(Guid id) => id.ToString("N")[^12..];

    private async Task<long> SequenceOfLastEntryAsync(Guid incidentId)
    {
        await using var db = OpenDb();
        return await db.AuditEntries.Where(e => e.SubjectType == "incident" && e.SubjectId == incidentId.ToString()).MaxAsync(e => e.Sequence);
    }

    [StoreFact]
    public async Task Finds_an_incident_edited_behind_vigils_back()
    {
        var (shiraz, _) = await IngestAsync();
        await using (var db = OpenDb())
        {
            Assert.Equal(1, await db.Incidents.Where(i => i.Id == shiraz.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.KilledBest, 3)));
        }

        var result = await VerifyAsync();

        Assert.Equal([$"incident {ShortId(shiraz.Id)}: changed since audit entry {await SequenceOfLastEntryAsync(shiraz.Id)} recorded it"], result.Problems);
    }

    [StoreFact]
    public async Task Finds_a_status_changed_behind_vigils_back()
    {
        var (_, mashhad) = await IngestAsync();
        await using (var db = OpenDb())
        {
            await db.Incidents.Where(i => i.Id == mashhad.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, IncidentStatus.Rejected));
        }

        var result = await VerifyAsync();

        Assert.Equal([$"incident {ShortId(mashhad.Id)}: changed since audit entry {await SequenceOfLastEntryAsync(mashhad.Id)} recorded it"], result.Problems);
    }

    [StoreFact]
    public async Task Finds_a_date_window_changed_behind_vigils_back_that_would_hide_an_incident_from_date_filters()
    {
        var (shiraz, _) = await IngestAsync();
        await using (var db = OpenDb())
        {
            Assert.Equal(1, await db.Incidents.Where(i => i.Id == shiraz.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.DateFrom, new DateOnly(1999, 1, 1)).SetProperty(i => i.DateTo, new DateOnly(1999, 1, 2))));
        }

        var result = await VerifyAsync();

        Assert.Equal([$"incident {ShortId(shiraz.Id)}: changed since audit entry {await SequenceOfLastEntryAsync(shiraz.Id)} recorded it"], result.Problems);
    }

    [StoreFact]
    public async Task Finds_an_editors_pin_removed_behind_vigils_back()
    {
        var (shiraz, _) = await IngestAsync();
        await using (var db = OpenDb())
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, TimeProvider.System).SetStatusAsync(shiraz.Id, IncidentStatus.Confirmed, "test"));
        }

        await AssertVerifiesAsync();
        await using (var db = OpenDb())
        {
            Assert.Equal(3, await db.Mentions.Where(m => m.IncidentId == shiraz.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Pinned, false)));
        }

        var result = await VerifyAsync();

        // Unpinned, the next re-clustering could silently undo the editor's decision.
        Assert.Equal([$"incident {ShortId(shiraz.Id)}: changed since audit entry {await SequenceOfLastEntryAsync(shiraz.Id)} recorded it"], result.Problems);
    }

    [StoreFact]
    public async Task Finds_a_mention_moved_to_another_incident_behind_vigils_back()
    {
        var (shiraz, mashhad) = await IngestAsync();
        var moved = (await MembersAsync(shiraz.Id))[^1];
        await using (var db = OpenDb())
        {
            Assert.Equal(1, await db.Mentions.Where(m => m.Id == moved).ExecuteUpdateAsync(s => s.SetProperty(m => m.IncidentId, mashhad.Id)));
        }

        var result = await VerifyAsync();

        // Both incidents' member lists changed; the incident rows themselves were not touched.
        Assert.Equal(
            new[] { shiraz, mashhad }.Select(i => ShortId(i.Id)).Order(StringComparer.Ordinal),
            result.Problems.Select(p => p.Split(' ')[1].TrimEnd(':')).Order(StringComparer.Ordinal));
        Assert.All(result.Problems, p => Assert.Matches("^incident [0-9a-f]{12}: changed since audit entry [0-9]+ recorded it$", p));
    }

    [StoreFact]
    public async Task Finds_an_incident_deleted_or_inserted_behind_vigils_back()
    {
        var (shiraz, mashhad) = await IngestAsync();
        await using (var db = OpenDb())
        {
            await db.Mentions.Where(m => m.IncidentId == mashhad.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.IncidentId, (Guid?)null));
            await db.Incidents.Where(i => i.Id == mashhad.Id).ExecuteDeleteAsync();
            db.Incidents.Add(new Incident { Id = Guid.Parse("01234567-89ab-7cde-8f01-23456789abcd"), Type = "killing", UpdatedAt = StoredAt });
            await db.SaveChangesAsync();
        }

        var result = await VerifyAsync();

        Assert.Equal(
            [
                "incident 23456789abcd: not in the audit log (written behind Vigil's back)",
                $"incident {ShortId(mashhad.Id)}: named by audit entry {await SequenceOfLastEntryAsync(mashhad.Id)} but missing from the database (deleted behind Vigil's back)",
            ],
            result.Problems);
        Assert.DoesNotContain(result.Problems, p => p.Contains(ShortId(shiraz.Id), StringComparison.Ordinal));
    }
}

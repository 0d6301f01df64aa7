using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Core;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Persons;

/// <summary>
/// An editor's review of one person: status, publishable or not, an editor's value for a field (kept beside the
/// machine's). Every action pins the person's mentions, so re-linking keeps the editor's decision, and is audited.
/// Problems name the field, never a value (a value may be a name).
/// </summary>
public sealed class ReviewPerson(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Sets the review status; returns the problem, or null on success.</summary>
    public async Task<UserMessage?> SetStatusAsync(Guid id, string status, string actor, CancellationToken cancellationToken = default)
    {
        if (!PersonStatus.All.Contains(status))
        {
            return $"status: not one of {string.Join(", ", PersonStatus.All)}";
        }

        return await ChangeAsync(id, actor, $"person.{status}", p => p.Status = status, cancellationToken);
    }

    /// <summary>Marks the person fit (or unfit) to show to viewers and the public view, once confirmed.</summary>
    public Task<UserMessage?> SetPublishableAsync(Guid id, bool publishable, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, publishable ? "person.published" : "person.unpublished", p => p.Publishable = publishable, cancellationToken);

    /// <summary>Sets (or, with an empty value, clears) an editor's value; returns the problem, or null on success.</summary>
    public async Task<UserMessage?> SetFieldAsync(Guid id, string field, string value, string actor, CancellationToken cancellationToken = default)
    {
        if (PersonFields.Validate(field, value) is { } problem)
        {
            return problem;
        }

        return await ChangeAsync(id, actor, "person.edited", person =>
        {
            var overrides = PersonFields.Of(person);
            if (value.Length == 0)
            {
                overrides.Remove(field);
            }
            else
            {
                overrides[field] = value;
            }

            person.OverridesJson = JsonSerializer.Serialize(new SortedDictionary<string, string>(overrides, StringComparer.Ordinal), PersonJson.Options);
        }, cancellationToken);
    }

    private async Task<UserMessage?> ChangeAsync(Guid id, string actor, string action, Action<Person> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return $"no person {id}";
        }

        change(person);
        person.UpdatedAt = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        var mentions = await db.PersonMentions.Where(m => m.PersonId == id).ToListAsync(cancellationToken);
        foreach (var mention in mentions)
        {
            mention.Pinned = true;
        }

        await new AuditLog(db, clock).AppendAsync(actor, action, "person", id.ToString(), PersonPayload.HashOf(person, mentions.Select(m => (m.Id, m.Pinned))), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return null;
    }
}

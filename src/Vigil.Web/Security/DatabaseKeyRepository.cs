using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Keys;

namespace Vigil.Web.Security;

/// <summary>
/// Keeps the data-protection key ring in the <c>data_protection_keys</c> table, so that every app server over one
/// database signs and reads cookies with the same keys. The elements arrive here already sealed by
/// <see cref="MasterKeyXmlEncryptor"/>: the table holds no secret a database dump could use without the master key.
/// </summary>
internal sealed class DatabaseKeyRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }

    /// <summary>
    /// Moves the sealed keys a single server kept in <c>DATA/keys</c> into the table once (when it has none), so that
    /// sessions signed before keys moved to the database stay valid; the files are left where they are.
    /// </summary>
    public static async Task<int> ImportFilesAsync(VigilDbContext db, string folder, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder) || await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var imported = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "key-*.xml").Order(StringComparer.Ordinal))
        {
            XElement element;
            try
            {
                element = XElement.Load(file);
            }
            catch (System.Xml.XmlException)
            {
                continue;
            }

            // Only sealed keys: DataProtectionKeys.RemoveUnencrypted already deleted any written in the clear.
            if (!element.Descendants("vigilMasterKeySealed").Any())
            {
                continue;
            }

            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file), Xml = element.ToString(SaveOptions.DisableFormatting) });
            imported++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return imported;
    }
}

using System.Xml.Linq;

namespace Vigil.Web.Security;

/// <summary>Session-signing keys written before they were encrypted at rest.</summary>
internal static class DataProtectionKeys
{
    /// <summary>
    /// Deletes key files in <paramref name="folder"/> whose secret is stored in the clear: anyone who ever read them
    /// could forge sessions with them. Sessions signed with them end (their users sign in again); new keys are encrypted.
    /// </summary>
    public static int RemoveUnencrypted(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "key-*.xml"))
        {
            XDocument document;
            try
            {
                document = XDocument.Load(file);
            }
            catch (System.Xml.XmlException)
            {
                continue;
            }

            if (document.Descendants("masterKey").Any() && !document.Descendants("encryptedSecret").Any())
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }
}

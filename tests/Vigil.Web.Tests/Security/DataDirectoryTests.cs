using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Web.Tests.Security;

/// <summary>Hole 3: the data directory alone must not let anyone forge a session; cookies are Secure behind a trusted TLS proxy.</summary>
public sealed class DataDirectoryTests
{
    [Fact]
    public async Task Session_keys_are_in_the_database_encrypted_and_useless_without_the_master_key()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var factory = new VigilWebFactory();
        var client = await factory.ClientAsync("admin");
        // The key ring is in the database (every app server reads it there), each secret sealed with the master key.
        var keys = Directory.CreateTempSubdirectory("vigil-stolen-keys-").FullName;
        using (var scope = factory.Services.CreateScope())
        {
            var rows = scope.ServiceProvider.GetRequiredService<Vigil.Storage.Database.VigilDbContext>().DataProtectionKeys.ToList();
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                Assert.Contains("vigilMasterKeySealed", row.Xml);
                Assert.DoesNotContain("<value>", row.Xml);
                await File.WriteAllTextAsync(Path.Combine(keys, row.FriendlyName + ".xml"), row.Xml);
            }
        }

        Assert.False(Directory.Exists(Path.Combine(factory.DataDirectory, "keys")));

        // What the adversarial test did: read the data directory and unprotect (hence forge) a session cookie.
        var session = await SessionCookieAsync(factory);
        var stolen = DataProtectionProvider.Create(new DirectoryInfo(keys), b => b.SetApplicationName("vigil"))
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Cookies", "v2");
        var cookie = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(session);
        Assert.ThrowsAny<CryptographicException>(() => stolen.Unprotect(cookie));

        // The same read with the master key succeeds: the failure above is the encryption, not a wrong purpose.
        var withKey = DataProtectionProvider.Create(new DirectoryInfo(keys), b =>
            {
                b.SetApplicationName("vigil");
                b.Services.AddSingleton(Vigil.Storage.Keys.MasterKey.FromBytes(Convert.FromBase64String(factory.MasterKey), "test"));
            })
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Cookies", "v2");
        Assert.NotEmpty(withKey.Unprotect(cookie));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Directory.Delete(keys, recursive: true);
    }

    [Fact]
    public async Task Sealed_keys_an_older_version_kept_in_the_data_directory_move_into_the_database_and_their_sessions_stay_valid()
    {
        await using var before = new VigilWebFactory();
        await before.UserAsync("admin");
        var session = await SessionCookieAsync(before);
        await using var after = new VigilWebFactory { MasterKey = before.MasterKey };
        var keys = Directory.CreateDirectory(Path.Combine(after.DataDirectory, "keys")).FullName;
        using (var scope = before.Services.CreateScope())
        {
            foreach (var row in scope.ServiceProvider.GetRequiredService<Vigil.Storage.Database.VigilDbContext>().DataProtectionKeys.ToList())
            {
                await File.WriteAllTextAsync(Path.Combine(keys, row.FriendlyName + ".xml"), row.Xml);
            }
        }

        // The other store has no such user: the session is read (its keys were imported), then refused as unknown.
        var client = after.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "vigil_session=" + session);
        await client.SendAsync(request);

        using var scopeAfter = after.Services.CreateScope();
        var imported = scopeAfter.ServiceProvider.GetRequiredService<Vigil.Storage.Database.VigilDbContext>().DataProtectionKeys.ToList();
        Assert.Equal(Directory.GetFiles(keys).Select(Path.GetFileNameWithoutExtension).Order(), imported.Select(k => k.FriendlyName).Order());
        var ring = scopeAfter.ServiceProvider.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Cookies", "v2");
        Assert.NotEmpty(ring.Unprotect(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(session)));
    }

    [Fact]
    public async Task Keys_written_in_the_clear_before_are_deleted_at_start()
    {
        await using var factory = new VigilWebFactory();
        var keys = Directory.CreateDirectory(Path.Combine(factory.DataDirectory, "keys")).FullName;
        var plain = Path.Combine(keys, "key-00000000-0000-0000-0000-000000000001.xml");
        await File.WriteAllTextAsync(plain, """
            <?xml version="1.0" encoding="utf-8"?>
            <key id="00000000-0000-0000-0000-000000000001" version="1"><descriptor><descriptor><masterKey><value>AAAA</value></masterKey></descriptor></descriptor></key>
            """);

        await factory.ClientAsync("viewer");

        Assert.False(File.Exists(plain));
    }

    [Theory]
    [InlineData(null, "https", false)]
    [InlineData("127.0.0.1", "https", true)]
    [InlineData("127.0.0.1", null, false)]
    [InlineData("10.9.9.9", "https", false)]
    public async Task Cookies_are_Secure_when_a_trusted_proxy_says_the_request_came_over_TLS(string? proxy, string? forwardedProto, bool secure)
    {
        await using var factory = new VigilWebFactory { Proxy = proxy };
        await using var fromProxy = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FromLoopback())));
        var client = fromProxy.CreateClient(new() { AllowAutoRedirect = false });
        var token = await VigilWebFactory.TokenAsync(client, "/account/signin");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Name"] = await factory.UserAsync("viewer"),
                ["Password"] = VigilWebFactory.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vigil_session=", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<string> SessionCookieAsync(VigilWebFactory factory)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/account/signin");
        var html = await page.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Name"] = await factory.UserAsync("admin"),
                ["Password"] = VigilWebFactory.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)])));
        var response = await client.SendAsync(request);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vigil_session=", StringComparison.Ordinal));
        return session["vigil_session=".Length..session.IndexOf(';', StringComparison.Ordinal)];
    }

    // The test server has no remote address; a proxy on this machine connects from loopback.
    private sealed class FromLoopback : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

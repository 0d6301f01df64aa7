using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.Storage.Database;
using Vigil.Storage.Users;

namespace Vigil.Web.Tests;

/// <summary>The real app over a fresh SQLite store in a temporary folder, with one signed-in-able user per role.</summary>
public sealed partial class VigilWebFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    public VigilWebFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("vigil-web-tests-").FullName;
    }

    public string DataDirectory { get; }

    /// <summary>The master key that encrypts the data-protection keys (tests never write one to the home folder).</summary>
    public string MasterKey { get; init; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>A trusted reverse proxy's address (Vigil:Proxy), or null.</summary>
    public string? Proxy { get; init; }

    /// <summary>The folder ffmpeg is looked for in (Vigil:FfmpegFolder), or null for PATH; an empty folder is a machine without ffmpeg.</summary>
    public string? FfmpegFolder { get; init; }

    /// <summary>What the app logged (level and message), for tests of start-up notices.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Message)> Logs { get; } = new();

    /// <summary>A PostgreSQL connection string (Vigil:Db), or null for SQLite in <see cref="DataDirectory"/>.</summary>
    public string? Db { get; init; }

    /// <summary>A read replica's connection string (Vigil:DbRead), or null.</summary>
    public string? DbRead { get; init; }

    /// <summary>Where blobs are kept (Vigil:Blobs: "files" or "database"), or null for the default.</summary>
    public string? Blobs { get; init; }

    /// <summary>Serve the public view of confirmed incidents (off by default, as in the app).</summary>
    public bool Public { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Vigil:Data", DataDirectory);
        builder.UseSetting("Vigil:MaxReportBytes", "200000");
        builder.UseSetting("Vigil:MaxEvidenceBytes", "300000");
        builder.UseSetting("Vigil:Public", Public ? "true" : "false");
        builder.UseSetting("Vigil:Key", MasterKey);
        if (Db is not null)
        {
            builder.UseSetting("Vigil:Db", Db);
        }

        if (DbRead is not null)
        {
            builder.UseSetting("Vigil:DbRead", DbRead);
        }

        if (Blobs is not null)
        {
            builder.UseSetting("Vigil:Blobs", Blobs);
        }

        if (Proxy is not null)
        {
            builder.UseSetting("Vigil:Proxy", Proxy);
        }
        if (FfmpegFolder is not null)
        {
            builder.UseSetting("Vigil:FfmpegFolder", FfmpegFolder);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new ListLoggerProvider(Logs)));
        builder.UseEnvironment("Production");
    }

    /// <summary>Creates (once) a user with a known password: "admin-user", "editor-user" …</summary>
    public async Task<string> UserAsync(string role)
    {
        var name = role + "-user";
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        if (db.Users.Any(u => u.Name == name))
        {
            return name;
        }

        var added = await new AddUser(db, TimeProvider.System).RunAsync(name, role, "test");
        Assert.Equal(Vigil.Storage.Outcome.Ok, await new ChangePassword(db, TimeProvider.System).RunAsync(added.User!.Id, added.OneTimePassword!, Password));
        return name;
    }

    /// <summary>A client signed in as the user for <paramref name="role"/>, or anonymous for null. Redirects are not followed.</summary>
    public async Task<HttpClient> ClientAsync(string? role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (role is null)
        {
            return client;
        }

        var name = await UserAsync(role);
        var response = await SignInAsync(client, name, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var token = await TokenAsync(client, "/account/signin");
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The antiforgery token of the form on <paramref name="path"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenPattern().Match(html).Groups[1].Value;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the folder is under /tmp.
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

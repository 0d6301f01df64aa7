using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Vigil.Storage.Database;
using Vigil.Storage.Keys;
using Vigil.Storage.Users;
using Vigil.Web.Api;
using Vigil.Web.Auth;
using Vigil.Web.Localization;
using Vigil.Web.Security;
using Vigil.Web.Store;

namespace Vigil.Web;

/// <summary>Builds the web app; <c>Program</c> and <c>vigil serve</c> share it.</summary>
public static class VigilWeb
{
    /// <summary>The default address: loopback only, so nothing is exposed until an operator chooses to.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Builds the app from command-line style arguments (<c>--Vigil:Data=DIR</c>, <c>--Vigil:Db=…</c>, <c>--urls=…</c>).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(VigilWeb).Assembly.GetName().Name });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // SQL statements are not for the operator's terminal (and parameters never are logged). Nor is every
        // request: their URLs carry what people searched for (a name can be a witness's), and a line per
        // request was also the largest single cost of serving one (210 MB of log in a 90 s benchmark).
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // A host that cannot start (a port in use) is reported by `vigil serve` in one line; the host's
        // own log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddVigilStore(builder.Configuration);
        var store = builder.Configuration.GetSection("Vigil").Get<StoreOptions>() ?? new StoreOptions();
        // The keys that sign session cookies live in the data directory, encrypted with a master key kept outside
        // it: a copy of the data directory (and a users row) must not be enough to forge an admin's session.
        var masterKey = MasterKey.Load(
            store.KeyFile ?? builder.Configuration["VIGIL_KEY_FILE"],
            store.Key ?? builder.Configuration["VIGIL_KEY"],
            Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".config") : store.Location.DataDirectory + "-config");
        builder.Services.AddSingleton(masterKey);
        // The key ring itself is in the database (sealed), so every app server over it accepts the others' cookies.
        DataProtectionKeys.RemoveUnencrypted(Path.Combine(store.Location.DataDirectory, "keys"));
        builder.Services.AddDataProtection()
            .SetApplicationName("vigil")
            .AddKeyManagementOptions(o =>
            {
                o.XmlEncryptor = new MasterKeyXmlEncryptor(masterKey);
                o.XmlRepository = null;
            });
        builder.Services.AddSingleton<DatabaseKeyRepository>();
        builder.Services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<DatabaseKeyRepository>((o, repository) => o.XmlRepository = repository);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in (store.Proxy ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        builder.Services.AddVigilAuth();
        builder.Services.AddScoped<Spans.ReportSpans>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<Store.AuditHeadCache>();
        builder.Services.AddSingleton<Vigil.Storage.Persons.PersonListIndex>();
        // One reader for the app: whether ffmpeg is there is checked once (Vigil:FfmpegFolder, else PATH).
        builder.Services.AddSingleton(new Storage.Media.MediaReader(new Storage.Media.MediaOptions { FfmpegFolder = builder.Configuration["Vigil:FfmpegFolder"] }));
        builder.Services.AddScoped<Submissions.SubmitReport>();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "vigil_csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });
        builder.Services.AddVigilLocalization();
        builder.Services.AddRazorPages().AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new Localization.CalendarDateBinderProvider()));
        builder.Services.AddOpenApi("v1", OpenApiContract.Configure);

        // Enum values as the API documents them (lower case, snake_case); a value that does not bind throws, so
        // ApiProblems can answer 400 with the parameter's name instead of an empty 400.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower)));
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        var maxBody = store.MaxReportBytes + store.MaxEvidenceBytes + (1 << 20);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxBody);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = maxBody);

        var app = builder.Build();

        // Only a configured proxy's X-Forwarded-Proto makes a request count as HTTPS (and its cookies Secure).
        if (!string.IsNullOrWhiteSpace(store.Proxy))
        {
            app.UseForwardedHeaders();
        }

        if (!app.Services.GetRequiredService<Storage.Media.MediaReader>().CanReadVideo)
        {
            app.Logger.LogWarning("{Notice}", Storage.Media.MediaReader.NoFfmpegNotice);
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/status/500");
        // Pages get a readable error page; the API answers ProblemDetails, for bare status codes (401, 403) too.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePages());
        app.Use(ApiProblems.HandleBindingFailuresAsync);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(VigilWeb).Assembly, "Vigil.Web.wwwroot"),
            ContentTypeProvider = ContentTypes(),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        if (!string.IsNullOrWhiteSpace(store.DbRead))
        {
            app.UseMiddleware<ReadReplicaMiddleware>();
        }

        app.UseRouting();
        app.UseAuthentication();
        app.UseRequestLocalization();
        app.UseAuthorization();
        app.UseMiddleware<MustChangePasswordMiddleware>();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapOpenApi("/api/{documentName}/openapi.json");
        app.MapVigilApi();
        return app;
    }

    private static Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        types.Mappings[".geojson"] = "application/geo+json";
        return types;
    }

    /// <summary>What makes the data directory unsafe to serve from (readable or writable by other users), or null: <c>vigil serve</c> refuses to start then.</summary>
    public static string? DataDirectoryProblem(WebApplication app) =>
        DataDirectory.Problem(app.Services.GetRequiredService<StoreLocation>().DataDirectory);

    /// <summary>Migrates the database, and creates the first admin when there is no user; returns its one-time password then.</summary>
    public static async Task<AddUserResult?> PrepareAsync(WebApplication app, Action<string>? announce = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        await MigrateStore.RunAsync(app.Services.GetRequiredService<StoreLocation>(), db);

        var created = await new AddUser(db, scope.ServiceProvider.GetRequiredService<TimeProvider>()).EnsureFirstAdminAsync("system");
        if (created is { Succeeded: true } && announce is not null)
        {
            announce($"created the first admin: user 'admin', one-time password {created.OneTimePassword} (change it at the first sign-in)");
        }
        else if (created is { Succeeded: true })
        {
            Console.WriteLine($"Vigil: created the first admin: user 'admin', one-time password {created.OneTimePassword} (change it at the first sign-in)");
        }

        return created;
    }
}

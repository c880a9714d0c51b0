using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ReadinessBoard.Features.Accounts;

namespace ReadinessBoard.Tests.Support;

/// <summary>The whole app in process, on a database of its own that starts with the sample board.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();

    public const string OwnerEmail = "owner@example.com";
    public const string Password = "a long test password";

    public string DataDirectory => _data.Path;

    /// <summary>A data folder to start from (a copy is used, the original is never touched); empty by default.</summary>
    public string? StartFrom { get; init; }

    /// <summary>The app's clock; the real one by default.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Services to put in place of the app's own, after them.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Settings the app starts with, over its own.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>The cookies of the client <see cref="CreateSignedInClientAsync"/> signed in.</summary>
    public CookieContainer OwnerCookies => _ownerCookies ?? throw new InvalidOperationException("No client has signed in yet.");

    private CookieContainer? _ownerCookies;

    /// <summary>
    /// A client signed in as the first account, Owner of the team with the sample board. The sign-in
    /// happens once per factory and its cookie is shared: the app limits sign-ins per minute.
    /// </summary>
    public async Task<HttpClient> CreateSignedInClientAsync()
    {
        if (_ownerCookies is null)
        {
            var accounts = Services.GetRequiredService<AccountService>();
            if (!await accounts.AnyAccountAsync())
            {
                var created = await accounts.CreateFirstOwnerAsync(OwnerEmail, Password);
                Assert.True(created.Succeeded, string.Join(" ", created.Errors));
            }

            var cookies = new CookieContainer();
            using var first = CreateClient(cookies);
            await SignInAsync(first, OwnerEmail, Password);
            _ownerCookies = cookies;
        }

        return CreateClient(_ownerCookies);
    }

    /// <summary>A client that follows redirects and keeps its cookies in the given jar.</summary>
    public HttpClient CreateClient(CookieContainer cookies) =>
        CreateDefaultClient(new Uri("http://localhost"), new RedirectHandler(), new CookieContainerHandler(cookies));

    /// <summary>Posts the sign-in form, with its antiforgery token, as a browser would.</summary>
    public static Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password) =>
        PostFormAsync(client, "/account/sign-in", "sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Posts the form of the page at <paramref name="path"/>, with the page's antiforgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(path);
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html)
            .QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} has no form with an antiforgery token.");
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = token;
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(path, form);
    }

    private static async Task SignInAsync(HttpClient client, string email, string password)
    {
        using var response = await PostSignInAsync(client, email, password);
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (StartFrom is not null)
        {
            CopyFolder(StartFrom, _data.Path);
        }

        builder.UseSetting("ReadinessBoard:DataDirectory", _data.Path);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Production");
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        if (TestServices is { } replace)
        {
            builder.ConfigureTestServices(replace);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}

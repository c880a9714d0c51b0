using Microsoft.Playwright;
using ReadinessBoard.Cli;
using ReadinessBoard.Hosting;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Browser;

/// <summary>
/// A browser test: the real app in a process of its own, on a data folder of its own, and the shared
/// Chromium. Before the app starts, the command line creates <see cref="OwnerEmail"/>, Owner of the team
/// that the sample board goes to; <see cref="Browser"/> gives contexts already signed in as them.
/// </summary>
public abstract class AppTest(BrowserFixture browser) : IAsyncLifetime
{
    public const string OwnerEmail = "owner@example.com";
    public const string Password = "a long test password";

    private readonly TempDirectory _data = new();

    protected SignedInBrowser Browser { get; private set; } = null!;

    protected AppProcess App { get; private set; } = null!;

    protected string DataDirectory => _data.Path;

    public async Task InitializeAsync()
    {
        await AddUserAsync(OwnerEmail, "Owner", ReadinessBoard.Features.Boards.SampleBoardSeeder.DefaultTeamName);
        App = await AppProcess.StartAsync(_data.Path);
        Browser = new SignedInBrowser(browser.Browser, () => App.BaseUrl);
    }

    /// <summary>Runs <c>users add</c> against this test's data folder, as an operator would.</summary>
    protected async Task AddUserAsync(string email, string role, string team)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(
            ["users", "add", "--email", email, "--password", Password, "--team", team, "--role", role, $"--ReadinessBoard:DataDirectory={_data.Path}"],
            new AppPaths(_data.Path, RunFromSource: false), stdout, stderr);
        Assert.True(exit == 0, $"users add failed: {stderr}");
    }

    /// <summary>Kills the app outright and starts it again on the same data.</summary>
    protected async Task RestartAppAsync()
    {
        await App.DisposeAsync();
        App = await AppProcess.StartAsync(_data.Path);
    }

    /// <summary>
    /// Kills the app outright, runs <paramref name="whileStopped"/>, and starts it again on the same
    /// address and data, so that open pages can find it again.
    /// </summary>
    protected async Task RestartAppOnTheSameAddressAsync(Func<Task> whileStopped)
    {
        var url = App.BaseUrl;
        await App.DisposeAsync();
        await whileStopped();
        App = await AppProcess.StartAsync(_data.Path, url: url);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _data.Dispose();
    }
}

/// <summary>New browser contexts, each signed in through the app's own sign-in form.</summary>
public sealed class SignedInBrowser(IBrowser browser, Func<string> baseUrl)
{
    public IBrowser Inner => browser;

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null, string email = AppTest.OwnerEmail)
    {
        var context = await browser.NewContextAsync(options);
        await SignInAsync(context, baseUrl(), email, AppTest.Password);
        return context;
    }

    public Task<IBrowserContext> NewSignedOutContextAsync(BrowserNewContextOptions? options = null) => browser.NewContextAsync(options);

    /// <summary>Posts the sign-in form with its antiforgery token; the context keeps the cookie.</summary>
    public static async Task SignInAsync(IBrowserContext context, string baseUrl, string email, string password)
    {
        var form = await context.APIRequest.GetAsync($"{baseUrl}/account/sign-in");
        var html = await form.TextAsync();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        var data = context.APIRequest.CreateFormData();
        data.Set("_handler", "sign-in");
        data.Set("__RequestVerificationToken", token);
        data.Set("Input.Email", email);
        data.Set("Input.Password", password);
        var response = await context.APIRequest.PostAsync($"{baseUrl}/account/sign-in", new() { Form = data, MaxRedirects = 0 });
        if (response.Status != 302)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {response.Status}: {await response.TextAsync()}");
        }
    }
}

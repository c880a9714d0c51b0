using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Security;

/// <summary>
/// The pages over HTTP, as a browser asks for them: signed out, as a member of another team, as a
/// Viewer. Each class has an app of its own, because the app allows only
/// <see cref="AccountsServiceCollectionExtensions.SignInAttemptsPerMinute"/> sign-in posts a minute
/// from one address; this one makes seven, signing each account in once.
/// </summary>
public class HttpAuthorizationTests(MemberSessions sessions) : IClassFixture<MemberSessions>
{
    private readonly AppFactory _factory = sessions.Factory;

    public const string SampleItem = "Rate limiting on the public API";

    public static TheoryData<string> Pages => ["/", "/boards/1", "/boards/1/document", "/boards/1/reimport", "/import", "/teams", "/teams/1"];

    public static TheoryData<string> BoardAndTeamPages => ["/boards/1", "/boards/1/document", "/boards/1/reimport", "/teams/1"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPage_SignedOut_RedirectsToSignIn_WithTheWayBack(string path)
    {
        (await _factory.CreateSignedInClientAsync()).Dispose();
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(client.BaseAddress!, response.Headers.Location!);
        Assert.Equal("localhost", location.Host);
        Assert.Equal(AccountsServiceCollectionExtensions.SignInPath, location.AbsolutePath);
        var query = QueryHelpers.ParseQuery(location.Query);
        var returnUrl = query.Single(q => string.Equals(q.Key, "returnUrl", StringComparison.OrdinalIgnoreCase)).Value.ToString();
        Assert.Equal(path, returnUrl);
    }

    [Theory]
    [MemberData(nameof(BoardAndTeamPages))]
    public async Task BoardAndTeamPages_ForAMemberOfAnotherTeam_AnswerNotFound_WithoutTheContent(string path)
    {
        using var client = await sessions.ClientAsync("intruder@example.com", TeamRole.Owner, "Another team");

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(SampleItem, html);
        Assert.DoesNotContain("Payments API", html);
        var page = Parse(html);
        Assert.Contains(path.StartsWith("/teams", StringComparison.Ordinal) ? "Team not found" : "Board not found", page.Body!.TextContent);
        Assert.Empty(page.QuerySelectorAll("input.rb-check"));
    }

    [Fact]
    public async Task TheBoardsPage_ForAMemberOfAnotherTeam_DoesNotListTheBoard()
    {
        using var client = await sessions.ClientAsync("intruder@example.com", TeamRole.Owner, "Another team");

        var html = await client.GetStringAsync("/");

        Assert.DoesNotContain("Payments API", html);
        Assert.Empty(Parse(html).QuerySelectorAll("a[href='boards/1'], a[href='/boards/1']"));
    }

    [Fact]
    public async Task ABoard_ForAViewer_IsReadOnly()
    {
        using var client = await sessions.ClientAsync("viewer@example.com", TeamRole.Viewer, SampleBoardSeeder.DefaultTeamName);

        using var response = await client.GetAsync("/boards/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parse(await response.Content.ReadAsStringAsync());
        var note = page.QuerySelector(".rb-readonly-note");
        Assert.NotNull(note);
        Assert.Contains("You can view this board", note.TextContent);
        var boxes = page.QuerySelectorAll("input.rb-check");
        Assert.NotEmpty(boxes);
        Assert.All(boxes, box => Assert.True(box.HasAttribute("disabled")));
        Assert.Contains(page.QuerySelectorAll(".rb-item-title"), t => t.TextContent == SampleItem);
    }

    [Fact]
    public async Task ABoard_ForItsOwner_HasNoReadOnlyNote()
    {
        using var client = await _factory.CreateSignedInClientAsync();

        var page = Parse(await client.GetStringAsync("/boards/1"));

        Assert.Null(page.QuerySelector(".rb-readonly-note"));
        Assert.NotEmpty(page.QuerySelectorAll("input.rb-check"));
    }

    [Fact]
    public async Task SignOut_WithoutTheAntiforgeryToken_IsRefused_AndWithItSignsOut()
    {
        // A session of its own, as this test ends it.
        using var client = await sessions.ClientAsync("leaving@example.com", TeamRole.Editor, SampleBoardSeeder.DefaultTeamName);
        var home = Parse(await client.GetStringAsync("/"));
        var token = home.QuerySelector("form.rb-sign-out input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), "the header's sign-out form carries an antiforgery token");

        using (var forged = await client.PostAsync(AccountsServiceCollectionExtensions.SignOutPath, new FormUrlEncodedContent([])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            Assert.Contains("sign-out form has expired", await forged.Content.ReadAsStringAsync());
        }

        using (var still = await client.GetAsync("/boards/1"))
        {
            Assert.Equal(HttpStatusCode.OK, still.StatusCode);
            Assert.Equal("/boards/1", still.RequestMessage!.RequestUri!.AbsolutePath);
        }

        using (var signOut = await client.PostAsync(AccountsServiceCollectionExtensions.SignOutPath,
            new FormUrlEncodedContent([new("__RequestVerificationToken", token!)])))
        {
            Assert.Equal(AccountsServiceCollectionExtensions.SignInPath, signOut.RequestMessage!.RequestUri!.AbsolutePath);
        }

        using var after = await client.GetAsync("/boards/1");
        Assert.Equal(AccountsServiceCollectionExtensions.SignInPath, after.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain(SampleItem, await after.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/boards/1", "/boards/1")]
    public async Task SignIn_GoesBackOnlyToAPageOfThisApp(string returnUrl, string landing)
    {
        (await _factory.CreateSignedInClientAsync()).Dispose();
        var cookies = new CookieContainer();
        // Redirects not followed: the answer itself must not point away from the app.
        using var client = _factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

        using var response = await PostSignInAsync(client, AppFactory.OwnerEmail, AppFactory.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(client.BaseAddress!, response.Headers.Location!);
        Assert.Equal("localhost", location.Host);
        Assert.Equal(landing, location.AbsolutePath);
    }

    /// <summary>Posts the sign-in form of <c>/account/sign-in?returnUrl=…</c>, with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, string returnUrl)
    {
        var path = $"{AccountsServiceCollectionExtensions.SignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var token = Parse(await client.GetStringAsync(path)).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(path, form);
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}

/// <summary>
/// The app in process, and one signed-in session per account: each account signs in through the form
/// once, whatever number of tests use it.
/// </summary>
public sealed class MemberSessions : IAsyncLifetime
{
    private readonly Dictionary<string, CookieContainer> _sessions = new(StringComparer.Ordinal);

    public AppFactory Factory { get; } = new();

    /// <summary>A client signed in as an account with the role in the team; the app's first account is made first.</summary>
    public async Task<HttpClient> ClientAsync(string email, TeamRole role, string team)
    {
        if (!_sessions.TryGetValue(email, out var cookies))
        {
            (await Factory.CreateSignedInClientAsync()).Dispose();
            var added = await Factory.Services.GetRequiredService<AccountService>().AddOrUpdateAsync(email, AppFactory.Password, team, role);
            Assert.True(added.Succeeded, string.Join(" ", added.Errors));
            cookies = new CookieContainer();
            using var first = Factory.CreateClient(cookies);
            using var response = await AppFactory.PostSignInAsync(first, email, AppFactory.Password);
            Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
            _sessions[email] = cookies;
        }

        return Factory.CreateClient(cookies);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>Failed sign-ins lock the account, even against the right password afterwards.</summary>
public class SignInLockoutTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task WrongPasswords_LockTheAccount_AndTheRightOneThenFails()
    {
        (await factory.CreateSignedInClientAsync()).Dispose();
        const string email = "guessed@example.com";
        var added = await factory.Services.GetRequiredService<AccountService>().AddOrUpdateAsync(email, AppFactory.Password, "Guessed team", TeamRole.Owner);
        Assert.True(added.Succeeded);
        using var client = factory.CreateClient(new CookieContainer());

        for (var attempt = 1; attempt < AccountsServiceCollectionExtensions.MaxFailedSignIns; attempt++)
        {
            Assert.Equal("That email and password do not match an account.", await SignInErrorAsync(client, email, $"wrong password {attempt}"));
        }

        Assert.StartsWith("Too many failed sign-ins", await SignInErrorAsync(client, email, "wrong password, the last"));
        var locked = await SignInErrorAsync(client, email, AppFactory.Password);

        Assert.Equal("Too many failed sign-ins: this account is locked for 5 minutes.", locked);
        using var board = await client.GetAsync("/teams");
        Assert.Equal(AccountsServiceCollectionExtensions.SignInPath, board.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private static async Task<string?> SignInErrorAsync(HttpClient client, string email, string password)
    {
        using var response = await AppFactory.PostSignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HttpAuthorizationTests.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".rb-account-error")?.TextContent.Trim();
    }
}

/// <summary>One address may post the sign-in form only so often in a minute.</summary>
public class SignInRateLimitTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SignInPosts_PastTheLimit_AreTurnedAway()
    {
        (await factory.CreateSignedInClientAsync()).Dispose();
        using var client = factory.CreateClient(new CookieContainer());
        // The shared sign-in above used one of the minute's posts.
        for (var attempt = 2; attempt <= AccountsServiceCollectionExtensions.SignInAttemptsPerMinute; attempt++)
        {
            using var allowed = await AppFactory.PostSignInAsync(client, "nobody@example.com", "not the password");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await AppFactory.PostSignInAsync(client, AppFactory.OwnerEmail, AppFactory.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.StartsWith("Too many sign-in attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>A fresh install: no account yet.</summary>
public class FirstRunSetupTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task BeforeAnyAccount_EveryPageLeadsToSetup_WhichMakesTheFirstOwner_AndThenClosesItself()
    {
        using (var bare = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))
        {
            foreach (var path in (string[])["/", "/boards/1", "/boards/1/document", "/boards/1/reimport", "/import", "/teams", "/teams/1", "/account/sign-in"])
            {
                using var response = await bare.GetAsync(path);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal(AccountsServiceCollectionExtensions.SetupPath, response.Headers.Location!.OriginalString);
            }
        }

        using var client = factory.CreateClient(new CookieContainer());
        var setup = HttpAuthorizationTests.Parse(await client.GetStringAsync(AccountsServiceCollectionExtensions.SetupPath));
        var token = setup.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "setup",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "first@example.com",
            ["Input.Password"] = AppFactory.Password,
            ["Input.ConfirmPassword"] = AppFactory.Password,
        });

        using var created = await client.PostAsync(AccountsServiceCollectionExtensions.SetupPath, form);

        Assert.Equal("/", created.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Payments API", await created.Content.ReadAsStringAsync());
        string userId;
        using (var scope = factory.Services.CreateScope())
        {
            userId = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("first@example.com"))!.Id;
        }

        var teams = await factory.Services.GetRequiredService<TeamMembersService>().ListTeamsAsync(Actor.ForUser(userId, "first@example.com"));
        var team = Assert.Single(teams);
        Assert.Equal((SampleBoardSeeder.DefaultTeamName, TeamRole.Owner, 1), (team.Name, team.Role, team.Boards));

        using var again = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var closed = await again.GetAsync(AccountsServiceCollectionExtensions.SetupPath);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(AccountsServiceCollectionExtensions.SignInPath, new Uri(again.BaseAddress!, closed.Headers.Location!).AbsolutePath);
        var second = await factory.Services.GetRequiredService<AccountService>().CreateFirstOwnerAsync("second@example.com", AppFactory.Password);
        Assert.False(second.Succeeded);
    }
}

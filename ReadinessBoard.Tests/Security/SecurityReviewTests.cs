using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Security;

/// <summary>
/// The findings of the security review of the running app, each proved mended over HTTP: how someone
/// becomes a member, which origins may open a live connection, what a stranger can learn from ids,
/// sign-up and sign-in, when a session ends, and which passwords are refused.
/// </summary>
public class SecurityReviewTests
{
    private const string NewHire = "newhire@example.com";
    private const string Password = "a long test password";

    [Fact]
    public async Task SigningUpWithAnInvitedEmail_WithoutTheLink_JoinsNoTeam()
    {
        await using var app = new AppFactory();
        var owner = await OwnerAsync(app);
        var added = await app.Services.GetRequiredService<TeamMembersService>().AddAsync(owner, new AddMember(1, NewHire, TeamRole.Editor));
        using var stranger = app.CreateClient(new CookieContainer());

        using var signUp = await PostSignUpAsync(stranger, NewHire, Password);
        using var signIn = await AppFactory.PostSignInAsync(stranger, NewHire, Password);
        using var board = await stranger.GetAsync("/boards/1");

        Assert.NotNull(added.Invitation);
        Assert.Equal("/", signIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, board.StatusCode);
        await using var db = await DbAsync(app);
        Assert.Null((await db.TeamMembers.SingleAsync(m => m.TeamId == 1 && m.Email == NewHire)).UserId);
    }

    [Fact]
    public async Task TheInvitationLink_MakesTheAccountAndJoins_Once()
    {
        await using var app = new AppFactory();
        var owner = await OwnerAsync(app);
        var secret = (await app.Services.GetRequiredService<TeamMembersService>().AddAsync(owner, new AddMember(1, NewHire, TeamRole.Editor))).Invitation!;
        using var invited = app.CreateClient(new CookieContainer());

        var landing = new HtmlParser().ParseDocument(await invited.GetStringAsync($"/invitations/{secret}"));
        // The form's email is the invitation's, whatever is posted.
        using var signUp = await PostSignUpAsync(invited, "someone.else@example.com", Password, secret);
        using var board = await invited.GetAsync("/boards/1");
        var again = new HtmlParser().ParseDocument(await app.CreateClient(new CookieContainer()).GetStringAsync($"/invitations/{secret}"));

        Assert.Contains(SampleBoardSeeder.DefaultTeamName, landing.QuerySelector(".rb-account-lead")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(landing.QuerySelector($"a[href='account/sign-up?invitation={secret}']"));
        Assert.Equal("/teams/1", signUp.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        Assert.Equal(AccountService.InvitationNotValid, again.QuerySelector(".rb-account-error")!.TextContent);
        await using var db = await DbAsync(app);
        var member = await db.TeamMembers.SingleAsync(m => m.TeamId == 1 && m.Email == NewHire);
        Assert.Equal((TeamRole.Editor, (string?)null), (member.Role, member.InvitationHash));
        Assert.Equal(NewHire, (await db.Users.SingleAsync(u => u.Id == member.UserId)).Email);
    }

    [Fact]
    public async Task ASignedInAccount_JoinsThroughTheLink_OnlyWithTheInvitedEmail()
    {
        await using var app = new AppFactory();
        var owner = await OwnerAsync(app);
        var accounts = app.Services.GetRequiredService<AccountService>();
        Assert.True((await accounts.AddOrUpdateAsync(NewHire, Password, "New hire's team", TeamRole.Owner)).Succeeded);
        Assert.True((await accounts.AddOrUpdateAsync("other@example.com", Password, "Other team", TeamRole.Owner)).Succeeded);
        var members = app.Services.GetRequiredService<TeamMembersService>();
        // Added while the account did not exist yet: as a member with a link, still to be used.
        await using (var db = await DbAsync(app))
        {
            db.TeamMembers.Add(new TeamMember { TeamId = 1, Email = NewHire, Role = TeamRole.Viewer, AddedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var memberId = (await members.GetAsync(owner, 1))!.Members.Single(m => m.Email == NewHire).Id;
        var secret = (await members.NewInvitationAsync(owner, memberId)).Invitation!;
        using var other = app.CreateClient(new CookieContainer());
        using var newHire = app.CreateClient(new CookieContainer());
        (await AppFactory.PostSignInAsync(other, "other@example.com", Password)).Dispose();
        (await AppFactory.PostSignInAsync(newHire, NewHire, Password)).Dispose();

        var refused = new HtmlParser().ParseDocument(await other.GetStringAsync($"/invitations/{secret}"));
        using var joined = await AppFactory.PostFormAsync(newHire, $"/invitations/{secret}", "join", []);

        Assert.Contains("You are signed in as other@example.com", refused.QuerySelector(".rb-account-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector("form button"));
        Assert.Equal("/teams/1", joined.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await newHire.GetAsync("/boards/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/boards/1")).StatusCode);
    }

    [Fact]
    public async Task ALiveConnection_FromAPageOfAnotherOrigin_IsRefused()
    {
        await using var app = new AppFactory();
        using var client = await app.CreateSignedInClientAsync();

        using var foreign = await NegotiateAsync(client, "http://localhost:8081");
        using var own = await NegotiateAsync(client, "http://localhost");
        using var noPage = await NegotiateAsync(client, null);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, noPage.StatusCode);
    }

    [Fact]
    public async Task ALiveConnection_FromAConfiguredOrigin_IsLetThrough()
    {
        await using var app = new AppFactory { Settings = { ["ReadinessBoard:AllowedOrigins:0"] = "https://boards.example.com" } };
        using var client = await app.CreateSignedInClientAsync();

        using var listed = await NegotiateAsync(client, "https://boards.example.com");
        using var other = await NegotiateAsync(client, "https://evil.example.com");

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Theory]
    [InlineData("{\"status\": \"blocked\"}")]
    [InlineData("{\"status\": \"nonsense\"}")]
    [InlineData("not json")]
    public async Task TheStatusApi_AnswersAStrangerTheSame_ForAnItemThatExistsAndOneThatDoesNot(string body)
    {
        await using var app = new AppFactory();
        (await app.CreateSignedInClientAsync()).Dispose();
        Assert.True((await app.Services.GetRequiredService<AccountService>().AddOrUpdateAsync("intruder@example.com", Password, "Another team", TeamRole.Owner)).Succeeded);
        using var intruder = app.CreateClient(new CookieContainer());
        (await AppFactory.PostSignInAsync(intruder, "intruder@example.com", Password)).Dispose();
        int itemId;
        await using (var db = await DbAsync(app))
        {
            itemId = await db.Items.Where(i => i.BoardId == 1).Select(i => i.Id).FirstAsync();
        }

        using var existing = await intruder.PutAsync($"/api/boards/1/items/{itemId}/status", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        using var missing = await intruder.PutAsync("/api/boards/1/items/999999/status", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, existing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(
            (await missing.Content.ReadAsStringAsync()).Replace("item 999999", "item N", StringComparison.Ordinal),
            (await existing.Content.ReadAsStringAsync()).Replace($"item {itemId}", "item N", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignUp_WithAnEmailThatHasAnAccount_AnswersAsForANewOne()
    {
        await using var app = new AppFactory();
        (await app.CreateSignedInClientAsync()).Dispose();

        using var taken = await PostSignUpAsync(app.CreateClient(new CookieContainer()), AppFactory.OwnerEmail, "another long password");
        using var fresh = await PostSignUpAsync(app.CreateClient(new CookieContainer()), "fresh@example.com", "another long password");

        Assert.Equal(fresh.RequestMessage!.RequestUri!.PathAndQuery, taken.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal(Notice(await fresh.Content.ReadAsStringAsync()), Notice(await taken.Content.ReadAsStringAsync()));
        Assert.Equal("Your account is ready: sign in with your email and password.", Notice(await fresh.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("taken", await taken.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        static string? Notice(string html) => new HtmlParser().ParseDocument(html).QuerySelector(".rb-account-notice")?.TextContent;
    }

    [Fact]
    public async Task SignIn_WithAnUnknownEmail_AnswersAsAWrongPassword_AfterHashingAPasswordAsForAKnownOne()
    {
        var hasher = new CountingHasher();
        await using var app = new AppFactory { TestServices = s => s.AddSingleton<IPasswordHasher<AppUser>>(hasher) };
        (await app.CreateSignedInClientAsync()).Dispose();
        using var client = app.CreateClient(new CookieContainer());

        var before = hasher.Verifications;
        var unknown = await ErrorAsync(client, "nobody@example.com", "wrong password 1");
        var unknownVerifications = hasher.Verifications - before;
        before = hasher.Verifications;
        var known = await ErrorAsync(client, AppFactory.OwnerEmail, "wrong password 1");
        var knownVerifications = hasher.Verifications - before;

        Assert.Equal("That email and password do not match an account.", known);
        Assert.Equal(known, unknown);
        Assert.Equal((1, 1), (knownVerifications, unknownVerifications));

        static async Task<string?> ErrorAsync(HttpClient client, string email, string password)
        {
            using var response = await AppFactory.PostSignInAsync(client, email, password);
            return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".rb-account-error")?.TextContent;
        }
    }

    [Fact]
    public void AnUnknownEmail_IsLockedOutAfterAsManyFailuresAsAnAccount_ForAsLong()
    {
        var clock = new MovableClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        var lockout = new UnknownEmailLockout(clock);

        var answers = Enumerable.Range(1, AccountsServiceCollectionExtensions.MaxFailedSignIns).Select(_ => lockout.Fail("Nobody@Example.com ")).ToList();
        var lockedOut = lockout.IsLockedOut("nobody@example.com");
        clock.Now += AccountsServiceCollectionExtensions.LockoutPeriod - TimeSpan.FromSeconds(1);
        var stillLockedOut = lockout.IsLockedOut("nobody@example.com");
        clock.Now += TimeSpan.FromSeconds(2);
        var afterTheLockout = lockout.IsLockedOut("nobody@example.com");
        var firstFailureAgain = lockout.Fail("nobody@example.com");

        Assert.Equal([false, false, false, false, true], answers);
        Assert.True(lockedOut);
        Assert.True(stillLockedOut);
        Assert.False(lockout.IsLockedOut("somebody@example.com"));
        Assert.False(afterTheLockout);
        Assert.False(firstFailureAgain);
    }

    [Fact]
    public async Task SigningOut_EndsEverySessionOfTheAccount_ACopiedCookieIncluded()
    {
        await using var app = new AppFactory();
        using var client = await app.CreateSignedInClientAsync();
        var copy = CopyOfSignIn(app);
        using (var before = await copy.GetAsync("/boards/1"))
        {
            Assert.Equal("/boards/1", before.RequestMessage!.RequestUri!.AbsolutePath);
        }

        var token = new HtmlParser().ParseDocument(await client.GetStringAsync("/"))
            .QuerySelector("form.rb-sign-out input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await client.PostAsync(AccountsServiceCollectionExtensions.SignOutPath, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).Dispose();

        await AssertSignedOutAsync(copy);
    }

    [Fact]
    public async Task ANewPassword_EndsEverySessionOfTheAccount()
    {
        await using var app = new AppFactory();
        using var client = await app.CreateSignedInClientAsync();
        var copy = CopyOfSignIn(app);

        var changed = await app.Services.GetRequiredService<AccountService>().AddOrUpdateAsync(AppFactory.OwnerEmail, "a new long password", SampleBoardSeeder.DefaultTeamName, TeamRole.Owner);

        Assert.True(changed.Succeeded);
        await AssertSignedOutAsync(copy);
        await AssertSignedOutAsync(client);
    }

    [Theory]
    [InlineData("1234567890")]
    [InlineData("qwertyuiop")]
    [InlineData("Password123")]
    public async Task ACommonPassword_IsRefused(string password)
    {
        await using var app = new AppFactory();
        (await app.CreateSignedInClientAsync()).Dispose();

        var result = await app.Services.GetRequiredService<AccountService>().RegisterAsync("careful@example.com", password);

        Assert.Contains(result.Errors, e => e.Contains("most common", StringComparison.Ordinal));
        Assert.Equal(CommonPasswordValidator.ListSize, CommonPasswordValidator.Count);
    }

    [Fact]
    public async Task APasswordThatIsTheEmail_IsRefused_AndAnUncommonOne_Accepted()
    {
        await using var app = new AppFactory();
        (await app.CreateSignedInClientAsync()).Dispose();
        var accounts = app.Services.GetRequiredService<AccountService>();

        var own = await accounts.RegisterAsync("margaret.hamilton@example.com", "Margaret.Hamilton");
        var fine = await accounts.RegisterAsync("margaret.hamilton@example.com", "lunar module checklists");

        Assert.Contains(own.Errors, e => e.Contains("email", StringComparison.Ordinal));
        Assert.True(fine.Succeeded, string.Join(" ", fine.Errors));
    }

    private static async Task<Actor> OwnerAsync(AppFactory app)
    {
        (await app.CreateSignedInClientAsync()).Dispose();
        await using var db = await DbAsync(app);
        var owner = await db.Users.SingleAsync(u => u.Email == AppFactory.OwnerEmail);
        return Actor.ForUser(owner.Id, owner.Email!);
    }

    private static async Task<ReadinessDbContext> DbAsync(AppFactory app) =>
        await app.Services.GetRequiredService<IDbContextFactory<ReadinessDbContext>>().CreateDbContextAsync();

    private static Task<HttpResponseMessage> PostSignUpAsync(HttpClient client, string email, string password, string? invitation = null) =>
        AppFactory.PostFormAsync(client, "/account/sign-up" + (invitation is null ? "" : $"?invitation={invitation}"), "sign-up", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });

    private static Task<HttpResponseMessage> NegotiateAsync(HttpClient client, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return client.SendAsync(request);
    }

    /// <summary>A second client holding a copy of the first one's sign-in cookie, as a thief would.</summary>
    private static HttpClient CopyOfSignIn(AppFactory app)
    {
        var cookies = new CookieContainer();
        foreach (Cookie cookie in app.OwnerCookies.GetCookies(new Uri("http://localhost")))
        {
            cookies.Add(new Uri("http://localhost"), new Cookie(cookie.Name, cookie.Value));
        }

        return app.CreateClient(cookies);
    }

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        using var page = await client.GetAsync("/boards/1");
        using var export = await client.GetAsync("/boards/1/export/csv");
        using var api = await client.PutAsJsonAsync("/api/boards/1/items/1/status", new { status = "done" });

        Assert.Equal(AccountsServiceCollectionExtensions.SignInPath, page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(AccountsServiceCollectionExtensions.SignInPath, export.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    /// <summary>The app's password hasher, counting how often it checks a password.</summary>
    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

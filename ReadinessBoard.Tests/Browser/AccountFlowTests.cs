using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReadinessBoard.Features.Boards;
using static Microsoft.Playwright.Assertions;

namespace ReadinessBoard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AccountFlowTests(BrowserFixture browser) : AppTest(browser)
{
    private const string BoardTitle = "Payments API: production readiness";
    private const string SampleItem = "Rate limiting on the public API";

    [Fact]
    public async Task SignIn_ThroughTheForm_LandsOnTheRequestedBoard_AndSignOut_EndsTheSession()
    {
        await using var context = await Browser.NewSignedOutContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"{App.BaseUrl}/boards/1");
        await Expect(page).ToHaveURLAsync(new Regex(@"/account/sign-in\?returnUrl=%2Fboards%2F1$", RegexOptions.IgnoreCase));
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(OwnerEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync($"{App.BaseUrl}/boards/1");
        var board = new BoardPageObject(page);
        await Expect(board.Heading).ToHaveTextAsync(BoardTitle);
        await board.WaitUntilInteractiveAsync();
        await Expect(board.Item(SampleItem)).ToBeEnabledAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in$"));
        await page.GotoAsync($"{App.BaseUrl}/boards/1");
        await Expect(page).ToHaveURLAsync(new Regex(@"/account/sign-in\?returnUrl=", RegexOptions.IgnoreCase));
        await Expect(page.GetByText(SampleItem)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysSo_AndStaysOnTheForm()
    {
        await using var context = await Browser.NewSignedOutContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"{App.BaseUrl}/account/sign-in");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(OwnerEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not the password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "do not match" })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
    }

    [Fact]
    public async Task AViewer_SeesTheBoardReadOnly_AndCannotTick_EvenByForcingTheBox()
    {
        await AddUserAsync("viewer@example.com", "Viewer", SampleBoardSeeder.DefaultTeamName);
        await using var context = await Browser.NewContextAsync(email: "viewer@example.com");
        var page = await context.NewPageAsync();
        var board = new BoardPageObject(page);

        await board.OpenAsync(App.BaseUrl, 1);

        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("You can view this board");
        var box = board.Item(SampleItem);
        await Expect(box).ToBeDisabledAsync();
        await Expect(page.Locator("input.rb-check:enabled")).ToHaveCountAsync(0);

        // What a crafted client could do: enable the box in the page and send the change anyway.
        await box.EvaluateAsync("box => { box.disabled = false; box.click(); }");
        await Expect(page.GetByText("You can view this board but not change it")).ToBeVisibleAsync();
        await board.ReloadAsync();
        await Expect(board.Item(SampleItem)).Not.ToBeCheckedAsync();
        await Expect(board.Row(SampleItem)).ToHaveClassAsync(new Regex(@"\brb-status-open\b"));
    }

    [Fact]
    public async Task TheOwner_InvitesAMember_WhoJoinsThroughTheLink_AndChangesTheirRole()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var team = new TeamPageObject(page);

        await team.OpenAsync(App.BaseUrl, 1);
        await team.AddAsync("newcomer@example.com", "Viewer");

        await Expect(team.Row("newcomer@example.com")).ToContainTextAsync("Invited");
        var link = await page.GetByRole(AriaRole.Textbox, new() { Name = "Invitation link for newcomer@example.com", Exact = true }).InputValueAsync();
        Assert.StartsWith($"{App.BaseUrl}/invitations/", link, StringComparison.Ordinal);
        await Expect(team.RoleOf("newcomer@example.com")).ToHaveValueAsync("Viewer");
        await team.RoleOf("newcomer@example.com").SelectOptionAsync("Editor");
        await Expect(team.RoleOf("newcomer@example.com")).ToBeEnabledAsync();

        // The newcomer opens the link, signed out, and makes their account with the invited email.
        await using var newcomer = await Browser.NewSignedOutContextAsync();
        var invited = await newcomer.NewPageAsync();
        await invited.GotoAsync(link);
        await Expect(invited.GetByText("You are invited to join")).ToContainTextAsync("as an Editor");
        await invited.GetByRole(AriaRole.Link, new() { Name = "Create your account" }).ClickAsync();
        await Expect(invited.GetByLabel("Email")).ToHaveValueAsync("newcomer@example.com");
        await invited.GetByLabel("Password (at least 10 characters)").FillAsync("newcomer's long password");
        await invited.GetByLabel("Password again").FillAsync("newcomer's long password");
        await invited.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await invited.WaitForURLAsync($"{App.BaseUrl}/teams/1");
        await Expect(invited.GetByRole(AriaRole.Heading, new() { Name = "My team" })).ToBeVisibleAsync();

        await team.OpenAsync(App.BaseUrl, 1);
        await Expect(team.Row("newcomer@example.com")).Not.ToContainTextAsync("Invited");
        await Expect(team.RoleOf("newcomer@example.com")).ToHaveValueAsync("Editor");
        await Expect(team.RoleOf(OwnerEmail)).ToHaveValueAsync("Owner");
    }

    [Fact]
    public async Task AMemberOfAnotherTeam_OpeningTheBoard_SeesBoardNotFound()
    {
        await AddUserAsync("intruder@example.com", "Owner", "Another team");
        await using var context = await Browser.NewContextAsync(email: "intruder@example.com");
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync($"{App.BaseUrl}/boards/1");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Board not found" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(0);
        await Expect(page.GetByText(BoardTitle)).ToHaveCountAsync(0);

        await page.GotoAsync($"{App.BaseUrl}/teams/1");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team not found" })).ToBeVisibleAsync();
        await Expect(page.GetByText(OwnerEmail)).ToHaveCountAsync(0);
    }
}

/// <summary>A team's page as its Owner uses it: by role and accessible name.</summary>
public sealed class TeamPageObject(IPage page)
{
    public async Task OpenAsync(string baseUrl, int teamId)
    {
        await page.GotoAsync($"{baseUrl}/teams/{teamId}");
        await page.Locator("article.rb-team[data-interactive=true]").WaitForAsync(new() { Timeout = 30_000 });
    }

    public ILocator Row(string email) => page.Locator("table.rb-members tr", new() { Has = page.GetByText(email, new() { Exact = true }) });

    public ILocator RoleOf(string email) => page.GetByRole(AriaRole.Combobox, new() { Name = $"Role of {email}", Exact = true });

    public async Task AddAsync(string email, string role)
    {
        await page.GetByLabel("Add a member by email").FillAsync(email);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Role of the new member" }).SelectOptionAsync(role);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(Row(email)).ToBeVisibleAsync();
    }
}

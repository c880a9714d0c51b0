using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Live;

public class ItemStatusApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string SampleItem = "Webhook signatures verified on every request";

    [Fact]
    public async Task Put_SignedOut_Answers401_AndStoresNothing()
    {
        var item = await ItemAsync(SampleItem);
        using var client = factory.CreateClient(new CookieContainer());

        using var response = await client.PutAsJsonAsync(Url(item), new { status = "done" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal((item.Status, item.Version), ((await ItemAsync(SampleItem)).Status, (await ItemAsync(SampleItem)).Version));
    }

    [Fact]
    public async Task Put_SetsTheStatus_AnswersTheNewVersion_AndLogsWhoDidIt()
    {
        var item = await ItemAsync(SampleItem);
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.PutAsJsonAsync(Url(item), new { status = "in-progress", expectedVersion = item.Version });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ItemStatusResponse>();
        Assert.Equal(new ItemStatusResponse(1, item.Id, "in-progress", null, item.Version + 1, Changed: true), body);
        var stored = await ItemAsync(SampleItem);
        Assert.Equal((ItemStatus.InProgress, item.Version + 1), (stored.Status, stored.Version));
        await using var db = await DbAsync();
        var activity = await db.Activities.Where(a => a.ItemId == item.Id).OrderBy(a => a.Id).LastAsync();
        Assert.Equal((AppFactory.OwnerEmail, "Open", "InProgress"), (activity.ActorName, activity.Before, activity.After));
    }

    [Fact]
    public async Task Put_TheSameStatusTwice_IsAcceptedOnce()
    {
        var item = await ItemAsync("Alerts route to the on-call rotation");
        using var client = await factory.CreateSignedInClientAsync();

        using var first = await client.PutAsJsonAsync(Url(item), new { status = "done" });
        using var second = await client.PutAsJsonAsync(Url(item), new { status = "DONE" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var again = await second.Content.ReadFromJsonAsync<ItemStatusResponse>();
        Assert.False(again!.Changed);
        Assert.Equal(item.Version + 1, again.Version);
        await using var db = await DbAsync();
        Assert.Equal(1, await db.Activities.CountAsync(a => a.ItemId == item.Id && a.Kind == ActivityKinds.ItemStatus));
    }

    [Fact]
    public async Task Put_WithAStaleVersion_Answers409_WithTheCurrentState_AndChangesNothing()
    {
        var item = await ItemAsync("Dependency scanning in CI blocks known critical vulnerabilities");
        using var client = await factory.CreateSignedInClientAsync();
        using var accepted = await client.PutAsJsonAsync(Url(item), new { status = "done", expectedVersion = item.Version });

        using var stale = await client.PutAsJsonAsync(Url(item), new { status = "blocked", reason = "no scanner yet", expectedVersion = item.Version });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var error = await stale.Content.ReadFromJsonAsync<ApiError>();
        Assert.Contains("changed since version", error!.Error);
        Assert.Equal(("done", item.Version + 1), (error.Current!.Status, error.Current.Version));
        Assert.Equal(ItemStatus.Done, (await ItemAsync("Dependency scanning in CI blocks known critical vulnerabilities")).Status);
    }

    [Theory]
    [InlineData("{\"status\":\"finished\"}", "\"finished\" is not a status")]
    [InlineData("{}", "Say which status to set")]
    [InlineData("{\"status\":\"blocked\"}", "Say why the item is blocked.")]
    [InlineData("{\"status\":", "The body is not a JSON object")]
    [InlineData("[1,2]", "The body is not a JSON object")]
    public async Task Put_BadInput_Answers400_NamingTheProblem_AndStoresNothing(string json, string message)
    {
        var item = await ItemAsync("Runbook for the top five alerts");
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.PutAsync(Url(item), new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, body.RootElement.GetProperty("error").GetString());
        Assert.Equal(item.Version, (await ItemAsync("Runbook for the top five alerts")).Version);
    }

    [Theory]
    [InlineData(1, 987654)]
    [InlineData(2, 1)]
    public async Task Put_ToAnItemNotOnTheBoard_Answers404(int boardId, int itemId)
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.PutAsJsonAsync($"/api/boards/{boardId}/items/{itemId}/status", new { status = "done" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"Board {boardId} has no item {itemId}.", body.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Put_ReachesTheBoardsViewers()
    {
        var item = await ItemAsync("Load test at twice the expected peak");
        var notifier = factory.Services.GetRequiredService<IBoardNotifier>();
        var received = new TaskCompletionSource<BoardChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = notifier.Subscribe(1, c =>
        {
            if (c.ItemId == item.Id)
            {
                received.TrySetResult(c);
            }

            return Task.CompletedTask;
        });
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.PutAsJsonAsync(Url(item), new { status = item.Status == ItemStatus.Done ? "open" : "done" });

        response.EnsureSuccessStatusCode();
        var change = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((ActivityKinds.ItemStatus, item.Version + 1, AppFactory.OwnerEmail), (change.Kind, change.Version, change.ActorName));
    }

    private static string Url(Item item) => $"/api/boards/{item.BoardId}/items/{item.Id}/status";

    private async Task<ReadinessDbContext> DbAsync()
    {
        // Touch the app so that it has started and migrated the database.
        using var client = await factory.CreateSignedInClientAsync();
        return await factory.Services.GetRequiredService<IDbContextFactory<ReadinessDbContext>>().CreateDbContextAsync();
    }

    private async Task<Item> ItemAsync(string title)
    {
        await using var db = await DbAsync();
        return await db.Items.AsNoTracking().SingleAsync(i => i.BoardId == 1 && i.Title == title);
    }
}

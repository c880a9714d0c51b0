using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Checklist;

namespace ReadinessBoard.Features.Live;

/// <summary>The body of <c>PUT /api/boards/{boardId}/items/{itemId}/status</c>.</summary>
public sealed record SetStatusRequest(string? Status, string? Reason = null, int? ExpectedVersion = null);

/// <summary>An item's status as stored after the request; <see cref="Changed"/> is false when it already was so.</summary>
public sealed record ItemStatusResponse(int BoardId, int ItemId, string Status, string? Reason, int Version, bool Changed);

public sealed record ApiError(string Error, ItemStatusResponse? Current = null);

/// <summary>
/// Sets an item's status over HTTP, for scripts and CI jobs (a job ticks an item when its check
/// passes). It goes through <see cref="ItemStatusService"/>, so it is idempotent, refuses a stale
/// <c>expectedVersion</c> with 409, writes the activity and reaches every viewer like a click does.
/// A 200 means the change is stored.
/// </summary>
public static class ItemStatusApi
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // JSON for programs, never embedded in HTML: quotes in messages stay readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Dictionary<string, ItemStatus> s_statuses =
        Enum.GetValues<ItemStatus>().ToDictionary(s => s.Slug(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The API's routes; the group is where authorization goes once access tokens exist.</summary>
    public static IEndpointRouteBuilder MapItemStatusApi(this IEndpointRouteBuilder endpoints)
    {
        // Signed-in people only; the service then checks their role on the board.
        var api = endpoints.MapGroup("/api").RequireAuthorization();
        api.MapPut("/boards/{boardId:int}/items/{itemId:int}/status", SetStatusAsync);
        return endpoints;
    }

    /// <summary>Who the API acts as. Tokens will name a user here; until then every call is the API's guest.</summary>
    public static Actor ActorOf(HttpContext context) => Accounts.CurrentActor.Of(context.User);

    private static async Task<IResult> SetStatusAsync(
        int boardId, int itemId, HttpRequest request, ItemStatusService statuses, IDbContextFactory<ReadinessDbContext> dbFactory, CancellationToken ct)
    {
        // Who may see the item is settled before the body is read: someone outside the board's team gets
        // the same answer for an item that exists as for one that does not, whatever they send.
        var actor = ActorOf(request.HttpContext);
        if (!await IsVisibleOnBoardAsync(dbFactory, actor, boardId, itemId, ct))
        {
            return Error(StatusCodes.Status404NotFound, $"Board {boardId} has no item {itemId}.");
        }

        SetStatusRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<SetStatusRequest>(s_json, ct);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return Error(StatusCodes.Status400BadRequest, $"The body is not a JSON object like {{\"status\": \"done\"}}: {ex.Message}");
        }

        if (body?.Status is null)
        {
            return Error(StatusCodes.Status400BadRequest, "Say which status to set: \"status\" is one of open, in-progress, done, not-applicable, blocked.");
        }

        if (!s_statuses.TryGetValue(body.Status.Trim(), out var status))
        {
            return Error(StatusCodes.Status400BadRequest,
                $"\"{body.Status}\" is not a status; use one of open, in-progress, done, not-applicable, blocked.");
        }

        StatusChangeResult result;
        try
        {
            result = await statuses.SetStatusAsync(new SetItemStatus(itemId, status, body.Reason, body.ExpectedVersion), actor, ct);
        }
        catch (ValidationException ex)
        {
            return Error(StatusCodes.Status400BadRequest, string.Join(" ", ex.Errors.Select(e => e.ErrorMessage)));
        }

        return result.Outcome switch
        {
            StatusChangeOutcome.Changed or StatusChangeOutcome.Unchanged =>
                Results.Json(Response(boardId, result, result.Outcome == StatusChangeOutcome.Changed), s_json),
            StatusChangeOutcome.Conflict => Results.Json(
                new ApiError($"Item {itemId} changed since version {body.ExpectedVersion}; nothing was set. Its current state is attached.",
                    Response(boardId, result, changed: false)),
                s_json, statusCode: StatusCodes.Status409Conflict),
            StatusChangeOutcome.Forbidden => Error(StatusCodes.Status403Forbidden,
                "You can view this board but not change it. Ask an Owner of its team for the Editor role."),
            _ => Error(StatusCodes.Status404NotFound, $"Board {boardId} has no item {itemId}."),
        };
    }

    private static async Task<bool> IsVisibleOnBoardAsync(IDbContextFactory<ReadinessDbContext> dbFactory, Actor actor, int boardId, int itemId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var boards = db.Boards.VisibleTo(db, actor);
        return await db.Items.AsNoTracking()
            .AnyAsync(i => i.Id == itemId && i.BoardId == boardId && i.ArchivedAt == null
                && boards.Any(b => b.Id == boardId && b.ArchivedAt == null), ct);
    }

    private static ItemStatusResponse Response(int boardId, StatusChangeResult result, bool changed)
    {
        var item = result.Item!;
        return new ItemStatusResponse(boardId, item.Id, item.Status.Slug(), item.StatusReason, item.Version, changed);
    }

    private static IResult Error(int statusCode, string message) => Results.Json(new ApiError(message), s_json, statusCode: statusCode);
}

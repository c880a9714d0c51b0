using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.ActivityFeed;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Costs;
using ReadinessBoard.Features.Document;
using ReadinessBoard.Features.Export;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Features.Kpis;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Features.Matrix;
using ReadinessBoard.Features.Overview;
using ReadinessBoard.Features.Plan;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Security;

/// <summary>
/// Every service operation on a board or a team, tried by everyone who might ask: a member of another
/// team, someone signed out, and each role of the board's own team. Whoever lacks the role the
/// operation needs is refused, and the database is exactly as it was; whoever has it succeeds (the
/// positive control, so a refusal is never just a broken call).
/// </summary>
/// <remarks>A new service that reads or changes a board joins the matrix with one line in <see cref="Operations"/>.</remarks>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    /// <summary>How an attempt ended, as the service tells it.</summary>
    public enum Outcome
    {
        /// <summary>It worked: the data was returned or the change was made.</summary>
        Done,
        /// <summary>Refused as if there were no such board or team, so its existence is not revealed.</summary>
        NotFound,
        /// <summary>Refused: the actor may see it but lacks the role.</summary>
        Forbidden,
    }

    /// <summary>
    /// One thing a person can ask of the app. <paramref name="Least"/>: the role on the board's team it needs.
    /// <paramref name="Changes"/>: whether, when it works, it writes. <paramref name="HidesExistence"/>: whether a
    /// non-member is told "not found" rather than "not allowed" (false where the service answers both alike).
    /// </summary>
    public sealed record Operation(string Name, TeamRole Least, bool Changes, Func<BoardWorld, Actor, Task<Outcome>> Attempt, bool HidesExistence = true);

    public static readonly Operation[] Operations =
    [
        new("BoardQueries.ListAsync", TeamRole.Viewer, false,
            async (w, a) => (await w.Boards.ListAsync(a)).Any(b => b.Id == w.BoardId) ? Outcome.Done : Outcome.NotFound),
        new("BoardQueries.FindAsync", TeamRole.Viewer, false,
            async (w, a) => await w.Boards.FindAsync(w.BoardId, a) is null ? Outcome.NotFound : Outcome.Done),
        new("DocumentQueries.GetAsync", TeamRole.Viewer, false,
            async (w, a) => await w.Documents.GetAsync(w.BoardId, a) is null ? Outcome.NotFound : Outcome.Done),
        new("ItemStatusService.SetStatusAsync", TeamRole.Editor, true,
            async (w, a) => (await w.Statuses.SetStatusAsync(new SetItemStatus(w.OpenItemId, ItemStatus.Done), a)).Outcome switch
            {
                StatusChangeOutcome.Changed => Outcome.Done,
                StatusChangeOutcome.NotFound => Outcome.NotFound,
                StatusChangeOutcome.Forbidden => Outcome.Forbidden,
                var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
            }),
        new("ItemStatusService.SetStatusAsync (blocked, with a reason)", TeamRole.Editor, true,
            async (w, a) => (await w.Statuses.SetStatusAsync(new SetItemStatus(w.OpenItemId, ItemStatus.Blocked, "waiting on the vendor"), a)).Outcome switch
            {
                StatusChangeOutcome.Changed => Outcome.Done,
                StatusChangeOutcome.NotFound => Outcome.NotFound,
                StatusChangeOutcome.Forbidden => Outcome.Forbidden,
                var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
            }),
        new("BoardReimportService.PreviewAsync", TeamRole.Editor, false,
            (w, a) => Refusing(async () => await w.Reimport.PreviewAsync(w.BoardId, w.NewVersion, a) is null ? Outcome.NotFound : Outcome.Done)),
        new("BoardReimportService.ApplyAsync", TeamRole.Editor, true,
            (w, a) => Refusing(async () => await w.Reimport.ApplyAsync(w.BoardId, w.NewVersion, w.NewVersionSource, "v2.md", a) is null ? Outcome.NotFound : Outcome.Done)),
        // The refusal reads the same whether or not the team exists, so it reveals nothing either way.
        new("DocumentImport.CreateBoardAsync into the board's team", TeamRole.Editor, true,
            (w, a) => Refusing(async () => { await w.Import.CreateBoardAsync(w.NewBoard, BoardWorld.TeamName, a); return Outcome.Done; }),
            HidesExistence: false),
        new("ChecklistQueries.GetAsync", TeamRole.Viewer, false,
            async (w, a) => await w.Checklist.GetAsync(w.BoardId, a, ChecklistFilter.None) is null ? Outcome.NotFound : Outcome.Done),
        new("ChecklistQueries.GetItemAsync", TeamRole.Viewer, false,
            async (w, a) => await w.Checklist.GetItemAsync(w.BoardId, w.OpenItemId, a) is null ? Outcome.NotFound : Outcome.Done),
        new("ItemEditService.EditAsync", TeamRole.Editor, true,
            async (w, a) => (await w.Edits.EditAsync(new ItemEdit { ItemId = w.OpenItemId, ExpectedVersion = await w.VersionOfOpenItemAsync(), Owner = "Priya" }, a)).Outcome switch
            {
                ItemEditOutcome.Changed => Outcome.Done,
                ItemEditOutcome.NotFound => Outcome.NotFound,
                ItemEditOutcome.Forbidden => Outcome.Forbidden,
                var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
            }),
        new("OverviewQueries.GetAsync", TeamRole.Viewer, false,
            async (w, a) => await w.Overviews.GetAsync(w.BoardId, a) is null ? Outcome.NotFound : Outcome.Done),
        new("MatrixQueries.GetAsync", TeamRole.Viewer, false,
            async (w, a) => await w.Matrices.GetAsync(w.BoardId, a) is null ? Outcome.NotFound : Outcome.Done),
        new("KpiQueries.GetAsync", TeamRole.Viewer, false,
            async (w, a) => await w.Kpis.GetAsync(w.BoardId, a) is null ? Outcome.NotFound : Outcome.Done),
        new("CostQueries.GetAsync", TeamRole.Viewer, false,
            async (w, a) => await w.Costs.GetAsync(w.BoardId, a) is null ? Outcome.NotFound : Outcome.Done),
        new("PlanQueries.GetAsync", TeamRole.Viewer, false,
            async (w, a) => await w.Plans.GetAsync(w.BoardId, a) is null ? Outcome.NotFound : Outcome.Done),
        new("ActivityQueries.GetAsync", TeamRole.Viewer, false,
            async (w, a) => await w.Activities.GetAsync(w.BoardId, a, new ActivityFilter()) is null ? Outcome.NotFound : Outcome.Done),
        new("MetricValueService.SetCurrentAsync", TeamRole.Editor, true,
            async (w, a) => (await w.MetricValues.SetCurrentAsync(new SetMetricValue(w.MetricId, "99.7%", await w.VersionOfMetricAsync()), a)).Outcome switch
            {
                MetricChangeOutcome.Changed => Outcome.Done,
                MetricChangeOutcome.NotFound => Outcome.NotFound,
                MetricChangeOutcome.Forbidden => Outcome.Forbidden,
                var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
            }),
        new("PlanStartService.SetStartAsync", TeamRole.Editor, true,
            (w, a) => Refusing(async () => await w.PlanStarts.SetStartAsync(w.BoardId, new DateOnly(2026, 12, 7), a) ? Outcome.Done : Outcome.NotFound)),
        new("ExportAccess.CanExportAsync", TeamRole.Viewer, false,
            async (w, a) => await w.Exports.CanExportAsync(BoardWorld.PrincipalOf(a), w.BoardId) ? Outcome.Done : Outcome.NotFound),
        new("TeamMembersService.GetAsync", TeamRole.Viewer, false,
            async (w, a) => await w.Members.GetAsync(a, w.TeamId) is null ? Outcome.NotFound : Outcome.Done),
        new("TeamMembersService.AddAsync", TeamRole.Owner, true,
            async (w, a) => MemberChange((await w.Members.AddAsync(a, new AddMember(w.TeamId, "newcomer@example.com", TeamRole.Editor))).Error)),
        new("TeamMembersService.AddAsync as Owner", TeamRole.Owner, true,
            async (w, a) => MemberChange((await w.Members.AddAsync(a, new AddMember(w.TeamId, "newcomer@example.com", TeamRole.Owner))).Error)),
        new("TeamMembersService.NewInvitationAsync", TeamRole.Owner, true,
            async (w, a) => MemberChange((await w.Members.NewInvitationAsync(a, w.InvitedMemberId)).Error)),
        new("TeamMembersService.ChangeRoleAsync", TeamRole.Owner, true,
            async (w, a) => MemberChange(await w.Members.ChangeRoleAsync(a, w.InvitedMemberId, TeamRole.Owner))),
        new("TeamMembersService.ChangeRoleAsync of the Viewer to Owner", TeamRole.Owner, true,
            async (w, a) => MemberChange(await w.Members.ChangeRoleAsync(a, w.ViewerMemberId, TeamRole.Owner))),
        new("TeamMembersService.RemoveAsync of an Owner", TeamRole.Owner, true,
            async (w, a) => MemberChange(await w.Members.RemoveAsync(a, w.CoOwnerMemberId))),
        new("TeamMembersService.RemoveAsync", TeamRole.Owner, true,
            async (w, a) => MemberChange(await w.Members.RemoveAsync(a, w.InvitedMemberId))),
    ];

    /// <summary>Who tries: the name shows in the test's name; null role means not a member of the board's team.</summary>
    public static readonly (string Name, TeamRole? Role)[] Actors =
    [
        ("Owner of another team", null),
        ("signed out", null),
        ("Viewer", TeamRole.Viewer),
        ("Editor", TeamRole.Editor),
        ("Owner", TeamRole.Owner),
    ];

    public static TheoryData<string, string> Matrix
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var operation in Operations)
            {
                foreach (var actor in Actors)
                {
                    data.Add(operation.Name, actor.Name);
                }
            }

            return data;
        }
    }

    private BoardWorld _world = null!;

    public async Task InitializeAsync() => _world = await BoardWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EveryOperation_IsRefusedWithoutTheRole_AndChangesNothing(string operationName, string actorName)
    {
        var operation = Operations.Single(o => o.Name == operationName);
        var (_, role) = Actors.Single(a => a.Name == actorName);
        var actor = _world.ActorNamed(actorName);
        var expected = role is { } r && r >= operation.Least ? Outcome.Done
            : role is null && operation.HidesExistence ? Outcome.NotFound
            : Outcome.Forbidden;
        var before = await _world.SnapshotAsync();

        var outcome = await operation.Attempt(_world, actor);

        Assert.Equal(expected, outcome);
        var after = await _world.SnapshotAsync();
        if (outcome == Outcome.Done && operation.Changes)
        {
            Assert.NotEqual(before, after);
        }
        else
        {
            Assert.Equal(before, after);
        }
    }

    [Fact]
    public void TheMatrix_HasOneLinePerOperation()
    {
        Assert.Equal(Operations.Length, Operations.Select(o => o.Name).Distinct().Count());
        Assert.Equal(Operations.Length * Actors.Length, Matrix.Count);
    }

    [Theory]
    [InlineData("Viewer", false)]
    [InlineData("Editor", true)]
    [InlineData("Owner", true)]
    public async Task TheBoard_TellsTheReader_WhetherTheyMayChangeIt(string actorName, bool canEdit)
    {
        var board = await _world.Checklist.GetAsync(_world.BoardId, _world.ActorNamed(actorName), ChecklistFilter.None);

        Assert.NotNull(board);
        Assert.Equal(canEdit, board.CanEdit);
    }

    [Fact]
    public async Task AnotherTeamsOwner_SeesOnlyTheirOwnBoards_AndTeams()
    {
        var intruder = _world.ActorNamed("Owner of another team");

        var boards = await _world.Boards.ListAsync(intruder);
        var teams = await _world.Members.ListTeamsAsync(intruder);

        Assert.Equal([_world.OtherBoardId], boards.Select(b => b.Id));
        Assert.Equal([BoardWorld.OtherTeamName], teams.Select(t => t.Name));
    }

    [Fact]
    public async Task SignedOut_SeesNoBoardsAndNoTeams()
    {
        Assert.Empty(await _world.Boards.ListAsync(Actor.Anonymous));
        Assert.Empty(await _world.Members.ListTeamsAsync(Actor.Anonymous));
    }

    [Fact]
    public async Task TheReimportRefusal_ForAViewer_SaysWhy()
    {
        var error = await Assert.ThrowsAsync<BoardAccessDeniedException>(() =>
            _world.Reimport.ApplyAsync(_world.BoardId, _world.NewVersion, _world.NewVersionSource, "v2.md", _world.ActorNamed("Viewer")));

        Assert.True(error.Visible);
        Assert.Contains("Editor role", error.Message);
    }

    private static async Task<Outcome> Refusing(Func<Task<Outcome>> attempt)
    {
        try
        {
            return await attempt();
        }
        catch (BoardAccessDeniedException denied)
        {
            return denied.Visible ? Outcome.Forbidden : Outcome.NotFound;
        }
        catch (AccessDeniedException)
        {
            return Outcome.Forbidden;
        }
    }

    /// <summary>The member services answer null when it worked, else the reason in words.</summary>
    private static Outcome MemberChange(string? error) => error switch
    {
        null => Outcome.Done,
        "That team does not exist, or you are not a member of it." => Outcome.NotFound,
        // A member of a team one is not in is indistinguishable from no member at all.
        "That member is no longer in the team." => Outcome.NotFound,
        "Only an Owner of the team can change its members." => Outcome.Forbidden,
        _ => throw new InvalidOperationException($"Unexpected answer: {error}"),
    };
}

/// <summary>
/// A board of the team "Team" (Owner, Editor, Viewer, and an invited Viewer and a second Owner who have no
/// account yet), and a team "Other" whose Owner has a board of their own; the app's real services over a fresh database.
/// </summary>
public sealed class BoardWorld : IAsyncDisposable
{
    public const string TeamName = "Team";
    public const string OtherTeamName = "Other";

    private readonly TestDatabase _database;
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);

    private BoardWorld(TestDatabase database)
    {
        _database = database;
        var clock = TimeProvider.System;
        Boards = new BoardQueries(database.Factory);
        Documents = new DocumentQueries(database.Factory);
        Statuses = new ItemStatusService(database.Factory, clock);
        Reimport = new BoardReimportService(database.Factory, clock);
        Import = new DocumentImport(new BoardImportService(database.Factory, clock), database.Factory, clock);
        Members = new TeamMembersService(database.Factory, clock);
        // One cache for every view's shared reads, as the app has.
        var reads = new BoardReadCache();
        Checklist = new ChecklistQueries(database.Factory, reads);
        Edits = new ItemEditService(database.Factory, Checklist, clock);
        Overviews = new OverviewQueries(database.Factory, clock, reads);
        Matrices = new MatrixQueries(database.Factory, reads);
        Kpis = new KpiQueries(database.Factory, reads);
        Costs = new CostQueries(database.Factory, reads);
        Plans = new PlanQueries(database.Factory, clock, reads);
        Activities = new ActivityQueries(database.Factory, reads);
        MetricValues = new MetricValueService(database.Factory, clock);
        PlanStarts = new PlanStartService(database.Factory, clock);
        Exports = new ExportAccess(database.Factory);
    }

    public BoardQueries Boards { get; }
    public DocumentQueries Documents { get; }
    public ItemStatusService Statuses { get; }
    public BoardReimportService Reimport { get; }
    public DocumentImport Import { get; }
    public TeamMembersService Members { get; }
    public ChecklistQueries Checklist { get; }
    public ItemEditService Edits { get; }
    public OverviewQueries Overviews { get; }
    public MatrixQueries Matrices { get; }
    public KpiQueries Kpis { get; }
    public CostQueries Costs { get; }
    public PlanQueries Plans { get; }
    public ActivityQueries Activities { get; }
    public MetricValueService MetricValues { get; }
    public PlanStartService PlanStarts { get; }
    public ExportAccess Exports { get; }
    public int MetricId { get; private set; }

    /// <summary>A signed-in request's user, as the HTTP endpoints see the actor.</summary>
    public static System.Security.Claims.ClaimsPrincipal PrincipalOf(Actor actor) => new(actor.Id is { } id
        ? new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.NameIdentifier, id), new(System.Security.Claims.ClaimTypes.Name, actor.Name)], "Test")
        : new System.Security.Claims.ClaimsIdentity());

    public async Task<int> VersionOfOpenItemAsync()
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        return await db.Items.Where(i => i.Id == OpenItemId).Select(i => i.Version).SingleAsync();
    }

    public async Task<int> VersionOfMetricAsync()
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        return await db.Metrics.Where(m => m.Id == MetricId).Select(m => m.Version).SingleAsync();
    }

    public int BoardId { get; private set; }
    public int OtherBoardId { get; private set; }
    public int TeamId { get; private set; }
    public int OpenItemId { get; private set; }
    public int CoOwnerMemberId { get; private set; }
    public int ViewerMemberId { get; private set; }
    public int InvitedMemberId { get; private set; }

    public string NewVersionSource { get; } = TestFiles.Read("reimport-v2.md");
    public ParseResult NewVersion => new MarkdownImporter().Parse(NewVersionSource);
    public PreparedImport NewBoard { get; } = DocumentImport.Prepare(TestFiles.ReadBytes("reimport-v2.md"), "new.md");

    public static async Task<BoardWorld> CreateAsync()
    {
        var world = new BoardWorld(await TestDatabase.CreateAsync());
        await world.SetUpAsync();
        return world;
    }

    public Actor ActorNamed(string name) => name == "signed out" ? Actor.Anonymous : _actors[name];

    private async Task SetUpAsync()
    {
        var database = _database;
        BoardId = await database.ImportAsync(TestFiles.Read("reimport-v1.md"), TeamName);
        OtherBoardId = await database.ImportAsync("# Other board\n\n- [ ] Their own item\n", OtherTeamName);
        _actors["Owner"] = await database.MemberAsync("owner-1", "owner@example.com", TeamRole.Owner, TeamName);
        _actors["Editor"] = await database.MemberAsync("editor-1", "editor@example.com", TeamRole.Editor, TeamName);
        _actors["Viewer"] = await database.MemberAsync("viewer-1", "viewer@example.com", TeamRole.Viewer, TeamName);
        _actors["Owner of another team"] = await database.MemberAsync("intruder-1", "intruder@example.com", TeamRole.Owner, OtherTeamName);

        await using var db = await database.Factory.CreateDbContextAsync();
        TeamId = await db.Teams.Where(t => t.Name == TeamName).Select(t => t.Id).SingleAsync();
        ViewerMemberId = await db.TeamMembers.Where(m => m.TeamId == TeamId && m.UserId == "viewer-1").Select(m => m.Id).SingleAsync();
        var invited = new TeamMember { TeamId = TeamId, Email = "invited@example.com", Role = TeamRole.Viewer, AddedAt = DateTime.UtcNow };
        var coOwner = new TeamMember { TeamId = TeamId, Email = "co-owner@example.com", Role = TeamRole.Owner, AddedAt = DateTime.UtcNow };
        db.TeamMembers.AddRange(invited, coOwner);
        await db.SaveChangesAsync();
        InvitedMemberId = invited.Id;
        CoOwnerMemberId = coOwner.Id;
        OpenItemId = await db.Items.Where(i => i.BoardId == BoardId && i.Title == "TLS everywhere").Select(i => i.Id).SingleAsync();
        MetricId = await db.Metrics.Where(m => m.BoardId == BoardId).OrderBy(m => m.Position).Select(m => m.Id).FirstAsync();
    }

    /// <summary>Every row a refused operation could have touched, in a form two snapshots compare by value.</summary>
    public async Task<IReadOnlyList<string>> SnapshotAsync()
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        var rows = new List<string>();
        rows.AddRange(await db.Teams.AsNoTracking().OrderBy(t => t.Id).Select(t => $"team {t.Id} {t.Name}").ToListAsync());
        rows.AddRange(await db.TeamMembers.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => $"member {m.Id} team={m.TeamId} {m.Email} user={m.UserId} role={m.Role} invitation={m.InvitationHash} until={m.InvitationExpiresAt:O}").ToListAsync());
        rows.AddRange((await db.Boards.AsNoTracking().OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.TeamId, b.Title, b.SourceFileName, b.SourceMarkdown, b.UpdatedAt, b.ArchivedAt, b.PlanStartDate }).ToListAsync())
            .Select(b => $"board {b.Id} team={b.TeamId} {b.Title} file={b.SourceFileName} source={b.SourceMarkdown.GetHashCode(StringComparison.Ordinal)} updated={b.UpdatedAt:O} archived={b.ArchivedAt:O} start={b.PlanStartDate}"));
        rows.AddRange((await db.Items.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.BoardId, i.Title, i.Status, i.StatusReason, i.Version, i.SectionId, i.ArchivedAt, i.CompletedBy, i.Owner }).ToListAsync())
            .Select(i => $"item {i.Id} board={i.BoardId} {i.Title} {i.Status} reason={i.StatusReason} v{i.Version} section={i.SectionId} archived={i.ArchivedAt:O} by={i.CompletedBy} owner={i.Owner}"));
        rows.Add($"sections {await db.Sections.CountAsync()}");
        rows.AddRange((await db.Metrics.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.Name, m.CurrentText, m.Version }).ToListAsync())
            .Select(m => $"metric {m.Id} {m.Name} {m.CurrentText} v{m.Version}"));
        rows.Add($"readings {await db.MetricReadings.CountAsync()}");
        rows.Add($"costs {await db.CostLines.CountAsync()}");
        rows.Add($"phases {await db.PlanPhases.CountAsync()}");
        rows.Add($"activities {await db.Activities.CountAsync()}");
        rows.Add($"users {await db.Users.CountAsync()}");
        return rows;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}

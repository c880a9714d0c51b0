using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Features.Accounts;

public sealed record TeamSummary(int Id, string Name, TeamRole Role, int Members, int Boards);

/// <param name="InvitationExpiresAt">For a member with no account: when their invitation link stops working; null if none was made.</param>
public sealed record MemberView(int Id, string Email, TeamRole Role, bool HasAccount, DateTime AddedAt, DateTime? InvitationExpiresAt = null);

public sealed record TeamMembers(int TeamId, string TeamName, TeamRole MyRole, IReadOnlyList<MemberView> Members);

public sealed record AddMember(int TeamId, string Email, TeamRole Role);

/// <summary>
/// What adding a member (or asking for a new invitation link) came to: <see cref="Error"/> says why it
/// did not work; <see cref="Invitation"/> is the secret of the new invitation link, for someone with no
/// account yet. It is shown once, to the Owner, to send; the app keeps only its hash.
/// </summary>
public sealed record MemberAdded(string? Error, string? Invitation = null);

public sealed class AddMemberValidator : AbstractValidator<AddMember>
{
    public AddMemberValidator()
    {
        RuleFor(m => m.Email).NotEmpty().WithMessage("Give the new member's email.")
            .MaximumLength(256).EmailAddress().WithMessage("That is not an email address.");
        RuleFor(m => m.Role).IsInEnum();
    }
}

/// <summary>The members of a team and their roles; only an Owner changes them, and a team always keeps one Owner.</summary>
// The notifier is optional so that a service built by hand (tests, tools) needs none; the app registers one.
public sealed class TeamMembersService(IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock, IBoardNotifier? notifier = null)
{
    private static readonly AddMemberValidator s_validator = new();

    public async Task<IReadOnlyList<TeamSummary>> ListTeamsAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.TeamsOf(actor).AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TeamSummary(
                t.Id,
                t.Name,
                actor.IsSystem ? TeamRole.Owner : t.Members.Where(m => m.UserId == actor.Id).Max(m => m.Role),
                t.Members.Count,
                t.Boards.Count(b => b.ArchivedAt == null)))
            .ToListAsync(ct);
    }

    /// <summary>The team's members, for its members only; null for anyone else.</summary>
    public async Task<TeamMembers?> GetAsync(Actor actor, int teamId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.RoleInTeamAsync(actor, teamId, ct) is not { } role)
        {
            return null;
        }

        var name = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleAsync(ct);
        var members = await db.TeamMembers.AsNoTracking()
            .Where(m => m.TeamId == teamId)
            .OrderByDescending(m => m.Role).ThenBy(m => m.Email)
            .Select(m => new MemberView(m.Id, m.Email, m.Role, m.UserId != null, m.AddedAt, m.UserId == null ? m.InvitationExpiresAt : null))
            .ToListAsync(ct);
        return new TeamMembers(teamId, name, role, members);
    }

    /// <summary>
    /// Adds a member by email. Someone with an account is a member at once; for anyone else the result
    /// holds an invitation link's secret for the Owner to send them.
    /// </summary>
    public async Task<MemberAdded> AddAsync(Actor actor, AddMember command, CancellationToken ct = default)
    {
        if (s_validator.Validate(command) is { IsValid: false } invalid)
        {
            return new(invalid.Errors[0].ErrorMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await DemandOwnerAsync(db, actor, command.TeamId, ct) is { } refusal)
        {
            return new(refusal);
        }

        var email = AccountService.NormalizeEmail(command.Email);
        if (await db.TeamMembers.AnyAsync(m => m.TeamId == command.TeamId && m.Email == email, ct))
        {
            return new($"{email} is already a member of this team.");
        }

        var userId = await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).FirstOrDefaultAsync(ct);
        var member = new TeamMember
        {
            TeamId = command.TeamId,
            Email = email,
            UserId = userId,
            Role = command.Role,
            AddedAt = clock.GetUtcNow().UtcDateTime,
        };
        var invitation = userId is null ? Invitations.Issue(member, clock) : null;
        db.TeamMembers.Add(member);
        await db.SaveChangesAsync(ct);
        return new(null, invitation);
    }

    /// <summary>
    /// A new invitation link for a member who has no account yet; the one before stops working. Removing
    /// the member is how an Owner takes an invitation back.
    /// </summary>
    public async Task<MemberAdded> NewInvitationAsync(Actor actor, int memberId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (member, refusal) = await ManagedMemberAsync(db, actor, memberId, ct);
        if (member is null)
        {
            return new(refusal);
        }

        if (member.UserId is not null)
        {
            return new($"{member.Email} has joined already.");
        }

        var invitation = Invitations.Issue(member, clock);
        await db.SaveChangesAsync(ct);
        return new(null, invitation);
    }

    public async Task<string?> ChangeRoleAsync(Actor actor, int memberId, TeamRole role, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(role))
        {
            return "That is not a role.";
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (member, refusal) = await ManagedMemberAsync(db, actor, memberId, ct);
        if (member is null)
        {
            return refusal;
        }

        if (member.Role == TeamRole.Owner && role != TeamRole.Owner && await IsLastOwnerAsync(db, member, ct))
        {
            return "A team needs at least one Owner. Make someone else an Owner first.";
        }

        member.Role = role;
        await db.SaveChangesAsync(ct);
        await PublishAsync(db, member.TeamId);
        return null;
    }

    public async Task<string?> RemoveAsync(Actor actor, int memberId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (member, refusal) = await ManagedMemberAsync(db, actor, memberId, ct);
        if (member is null)
        {
            return refusal;
        }

        if (member.Role == TeamRole.Owner && await IsLastOwnerAsync(db, member, ct))
        {
            return "A team needs at least one Owner. Make someone else an Owner first.";
        }

        db.TeamMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        await PublishAsync(db, member.TeamId);
        return null;
    }

    // Whoever has the team's boards open has their access checked again: a removed member stops
    // seeing changes, a Viewer made Editor can tick.
    private async Task PublishAsync(ReadinessDbContext db, int teamId)
    {
        if (notifier is null)
        {
            return;
        }

        var boards = await db.Boards.Where(b => b.TeamId == teamId && b.ArchivedAt == null).Select(b => b.Id).ToListAsync(CancellationToken.None);
        foreach (var boardId in boards)
        {
            await notifier.PublishAsync(new BoardChange(boardId, BoardChangeKinds.Members), CancellationToken.None);
        }
    }

    /// <summary>
    /// The member, when the actor is an Owner of its team; else null and why not. To someone outside the
    /// team, a member of it is the same as no member: ids reveal nothing. One read of the actor's role.
    /// </summary>
    private static async Task<(TeamMember? Member, string? Refusal)> ManagedMemberAsync(ReadinessDbContext db, Actor actor, int memberId, CancellationToken ct)
    {
        var member = await db.TeamMembers.SingleOrDefaultAsync(m => m.Id == memberId, ct);
        return (member is null ? null : await db.RoleInTeamAsync(actor, member.TeamId, ct)) switch
        {
            null => (null, "That member is no longer in the team."),
            { } role when !role.CanManageMembers() => (null, "Only an Owner of the team can change its members."),
            _ => (member, null),
        };
    }

    private static async Task<string?> DemandOwnerAsync(ReadinessDbContext db, Actor actor, int teamId, CancellationToken ct) =>
        await db.RoleInTeamAsync(actor, teamId, ct) switch
        {
            null => "That team does not exist, or you are not a member of it.",
            { } role when !role.CanManageMembers() => "Only an Owner of the team can change its members.",
            _ => null,
        };

    private static Task<bool> IsLastOwnerAsync(ReadinessDbContext db, TeamMember member, CancellationToken ct) =>
        db.TeamMembers.AllAsync(m => m.TeamId != member.TeamId || m.Id == member.Id || m.Role != TeamRole.Owner, ct);
}

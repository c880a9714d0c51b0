using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;

namespace ReadinessBoard.Features.Accounts;

/// <summary>The outcome of creating or changing an account: null errors means it worked.</summary>
public sealed record AccountResult(AppUser? User, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0 && !Taken;

    /// <summary>
    /// Nothing was made because the email has an account already. Not among <see cref="Errors"/>: the
    /// sign-up page answers it as it answers a new account, so it tells nobody which emails have one.
    /// </summary>
    public bool Taken { get; init; }

    public static AccountResult Failed(params string[] errors) => new(null, errors);
}

/// <summary>
/// Creates accounts and gives them their teams: the first account owns the first team (the one with the
/// sample board); a later one joins the team whose invitation link it signed up through, or gets a team
/// of its own. An email alone never makes anyone a member.
/// </summary>
public sealed class AccountService(
    IDbContextFactory<ReadinessDbContext> dbFactory,
    IServiceScopeFactory scopes,
    Invitations invitations,
    TimeProvider clock,
    ILogger<AccountService> logger)
{
    public const string InvitationNotValid =
        "This invitation link does not work any more: it was used, it expired, or the team's Owner made a new one. Ask them for a new link.";

    private static readonly SemaphoreSlim s_firstAccount = new(1, 1);
    private volatile bool _anyAccount;

    /// <summary>Whether anyone has an account yet; until then the app asks for the first one.</summary>
    public async Task<bool> AnyAccountAsync(CancellationToken ct = default)
    {
        if (_anyAccount)
        {
            return true;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return _anyAccount = await db.Users.AnyAsync(ct);
    }

    /// <summary>The first account of a fresh install: it becomes Owner of the first team.</summary>
    public async Task<AccountResult> CreateFirstOwnerAsync(string email, string password, CancellationToken ct = default)
    {
        await s_firstAccount.WaitAsync(ct);
        try
        {
            if (await AnyAccountAsync(ct))
            {
                return AccountResult.Failed("This ReadinessBoard already has its first account. Sign in, or ask an Owner to add you.");
            }

            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var team = await db.Teams.OrderBy(t => t.Id).FirstOrDefaultAsync(ct);
            return Plainly(await CreateAsync(email, password, team?.Name ?? SampleBoardSeeder.DefaultTeamName, TeamRole.Owner, ct), email);
        }
        finally
        {
            s_firstAccount.Release();
        }
    }

    /// <summary>
    /// A new account from the sign-up page. Through an invitation link (<paramref name="invitation"/>, its
    /// secret) it is made with the invited email and joins that team; otherwise it gets a team of its
    /// own to import boards into. Without a link, an email that has an account already comes back as
    /// <see cref="AccountResult.Taken"/>, having cost the same password hashing as a new account.
    /// </summary>
    public async Task<AccountResult> RegisterAsync(string email, string password, string? invitation = null, CancellationToken ct = default)
    {
        if (invitation is not null)
        {
            if (await invitations.FindAsync(invitation, ct) is not { } invited)
            {
                return AccountResult.Failed(InvitationNotValid);
            }

            var made = await CreateAsync(invited.Email, password, teamName: null, TeamRole.Viewer, ct);
            if (made.Taken)
            {
                return AccountResult.Failed($"{invited.Email} has an account already. Sign in with it, then open the invitation link again.");
            }

            return made.User is { } user && await invitations.AcceptAsync(invitation, user, ct) != InvitationAnswer.Joined
                ? made with { Errors = [InvitationNotValid + " Your account is made; sign in with it."] }
                : made;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CreateAsync(email, password, await FreeTeamNameAsync(db, NormalizeEmail(email), ct), TeamRole.Owner, ct);
    }

    /// <summary>
    /// For set-up and automation: creates the account (or sets a new password when one is given) and
    /// gives it the role in the team, creating the team if it does not exist.
    /// </summary>
    public async Task<AccountResult> AddOrUpdateAsync(string email, string? password, string teamName, TeamRole role, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var existing = await users.FindByEmailAsync(email);
        if (existing is null)
        {
            if (string.IsNullOrEmpty(password))
            {
                return AccountResult.Failed($"There is no account for {email} yet; give it a password.");
            }

            return Plainly(await CreateAsync(email, password, teamName, role, ct), email);
        }

        if (!string.IsNullOrEmpty(password))
        {
            var reset = await users.RemovePasswordAsync(existing);
            if (reset.Succeeded)
            {
                reset = await users.AddPasswordAsync(existing, password);
            }

            if (!reset.Succeeded)
            {
                return new AccountResult(null, reset.Errors.Select(e => e.Description).ToList());
            }
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await JoinAsync(db, existing, teamName, role, ct);
        return new AccountResult(existing, []);
    }

    private async Task<AccountResult> CreateAsync(string email, string password, string? teamName, TeamRole role, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email.Trim(), Email = email.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        // The password is checked and hashed before the email is found taken, so both cost the same.
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            var taken = created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName));
            return new AccountResult(null, created.Errors
                .Where(e => e.Code is not (nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
                .Select(e => e.Description).ToList()) { Taken = taken };
        }

        _anyAccount = true;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (teamName is not null)
        {
            await JoinAsync(db, user, teamName, role, ct);
        }

        logger.LogInformation("Created the account {UserId}", user.Id);
        return new AccountResult(user, []);
    }

    private async Task JoinAsync(ReadinessDbContext db, AppUser user, string teamName, TeamRole role, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Name == teamName, ct);
        if (team is null)
        {
            team = new Team { Name = teamName, CreatedAt = now };
            db.Teams.Add(team);
        }

        var email = NormalizeEmail(user.Email!);
        var member = team.Id == 0 ? null : await db.TeamMembers.SingleOrDefaultAsync(m => m.TeamId == team.Id && m.Email == email, ct);
        if (member is null)
        {
            db.TeamMembers.Add(new TeamMember { Team = team, Email = email, UserId = user.Id, Role = role, AddedAt = now });
        }
        else
        {
            member.UserId = user.Id;
            member.Role = role;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>For set-up and the command line, which may say that an email is taken.</summary>
    private static AccountResult Plainly(AccountResult result, string email) =>
        result.Taken ? AccountResult.Failed([$"{email.Trim()} has an account already.", .. result.Errors]) : result;

    private static async Task<string> FreeTeamNameAsync(ReadinessDbContext db, string email, CancellationToken ct)
    {
        var stem = $"{email.Split('@')[0]}'s team";
        var name = stem;
        for (var n = 2; await db.Teams.AnyAsync(t => t.Name == name, ct); n++)
        {
            name = $"{stem} {n}";
        }

        return name;
    }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Accounts;

/// <summary>An invitation link that still works: who it is for, and the team and role it gives.</summary>
public sealed record Invitation(int MemberId, int TeamId, string TeamName, string Email, TeamRole Role, DateTime ExpiresAt);

public enum InvitationAnswer
{
    Joined,
    /// <summary>The link was used, expired, replaced by a newer one, or its member was removed.</summary>
    NotValid,
    /// <summary>The account's email is not the one the invitation is for.</summary>
    OtherEmail,
}

/// <summary>
/// How someone without an account becomes a member of a team: the Owner adds their email and gets a
/// link with a secret (32 random bytes) to send them; whoever opens it and signs up or signs in with
/// that email joins, once. The app keeps only the secret's SHA-256, and the link stops working after
/// <see cref="Lifetime"/>, on use, when the Owner makes a new one, or when they remove the member.
/// </summary>
public sealed class Invitations(IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>The app-relative address of an invitation link.</summary>
    public static string PathOf(string secret) => $"invitations/{secret}";

    /// <summary>Gives the member a new link (the old one stops working) and returns its secret.</summary>
    public static string Issue(TeamMember member, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(clock);
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        member.InvitationHash = Hash(secret);
        member.InvitationExpiresAt = clock.GetUtcNow().UtcDateTime + Lifetime;
        return secret;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public async Task<Invitation?> FindAsync(string? secret, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 100)
        {
            return null;
        }

        var hash = Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.TeamMembers.AsNoTracking()
            .Where(m => m.InvitationHash == hash && m.UserId == null && m.InvitationExpiresAt > now)
            .Select(m => new Invitation(m.Id, m.TeamId, m.Team!.Name, m.Email, m.Role, m.InvitationExpiresAt!.Value))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>Makes the account a member of the invitation's team, if the link still works and is for its email.</summary>
    public async Task<InvitationAnswer> AcceptAsync(string secret, AppUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await FindAsync(secret, ct) is not { } invitation)
        {
            return InvitationAnswer.NotValid;
        }

        if (AccountService.NormalizeEmail(user.Email ?? "") != invitation.Email)
        {
            return InvitationAnswer.OtherEmail;
        }

        var hash = Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One use: of two opens at once, only the update that still finds the link joins.
        var joined = await db.TeamMembers
            .Where(m => m.Id == invitation.MemberId && m.InvitationHash == hash && m.UserId == null && m.InvitationExpiresAt > now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.UserId, user.Id)
                .SetProperty(m => m.InvitationHash, (string?)null)
                .SetProperty(m => m.InvitationExpiresAt, (DateTime?)null), ct);
        return joined == 1 ? InvitationAnswer.Joined : InvitationAnswer.NotValid;
    }
}

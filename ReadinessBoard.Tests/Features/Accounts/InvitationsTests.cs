using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Accounts;

/// <summary>When an invitation link works, and when it no longer does.</summary>
public sealed class InvitationsTests : IAsyncLifetime
{
    private const string Invited = "newhire@example.com";

    private readonly MovableClock _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private TeamMembersService _members = null!;
    private Invitations _invitations = null!;
    private Actor _owner = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _owner = await _database.MemberAsync("owner-1", "owner@example.com", TeamRole.Owner);
        _members = new TeamMembersService(_database.Factory, _clock);
        _invitations = new Invitations(_database.Factory, _clock);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ALink_WorksForSevenDays_ThenNoMore()
    {
        var secret = (await AddAsync()).Invitation!;

        _clock.Now += Invitations.Lifetime - TimeSpan.FromMinutes(1);
        var lastMinute = await _invitations.FindAsync(secret);
        _clock.Now += TimeSpan.FromMinutes(2);
        var after = await _invitations.FindAsync(secret);

        Assert.Equal((Invited, TeamRole.Editor), (lastMinute!.Email, lastMinute.Role));
        Assert.Null(after);
        Assert.Equal(InvitationAnswer.NotValid, await _invitations.AcceptAsync(secret, await AccountAsync(Invited)));
    }

    [Fact]
    public async Task ANewLink_EndsTheOneBefore()
    {
        var first = (await AddAsync()).Invitation!;
        var memberId = await MemberIdAsync();

        var second = (await _members.NewInvitationAsync(_owner, memberId)).Invitation!;

        Assert.Null(await _invitations.FindAsync(first));
        Assert.NotNull(await _invitations.FindAsync(second));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task RemovingTheMember_EndsTheirLink()
    {
        var secret = (await AddAsync()).Invitation!;

        Assert.Null(await _members.RemoveAsync(_owner, await MemberIdAsync()));

        Assert.Null(await _invitations.FindAsync(secret));
    }

    [Fact]
    public async Task ALink_JoinsOnce_OnlyTheInvitedEmail_AndIsKeptOnlyAsItsHash()
    {
        var secret = (await AddAsync()).Invitation!;

        var other = await _invitations.AcceptAsync(secret, await AccountAsync("other@example.com"));
        var joined = await _invitations.AcceptAsync(secret, await AccountAsync(Invited));
        var again = await _invitations.AcceptAsync(secret, await AccountAsync(Invited));

        Assert.Equal((InvitationAnswer.OtherEmail, InvitationAnswer.Joined, InvitationAnswer.NotValid), (other, joined, again));
        await using var db = await _database.Factory.CreateDbContextAsync();
        Assert.DoesNotContain(await db.TeamMembers.Select(m => m.InvitationHash).ToListAsync(), h => h == secret);
    }

    [Fact]
    public async Task ALink_IsMadeOnlyForSomeoneWithoutAnAccount()
    {
        await AccountAsync(Invited);

        var added = await AddAsync();
        var again = await _members.NewInvitationAsync(_owner, await MemberIdAsync());

        Assert.Equal((null, null), (added.Error, added.Invitation));
        Assert.Equal($"{Invited} has joined already.", again.Error);
    }

    private Task<MemberAdded> AddAsync() => _members.AddAsync(_owner, new AddMember(1, Invited, TeamRole.Editor));

    private async Task<int> MemberIdAsync()
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        return await db.TeamMembers.Where(m => m.Email == Invited).Select(m => m.Id).SingleAsync();
    }

    private async Task<AppUser> AccountAsync(string email)
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        if (await db.Users.SingleOrDefaultAsync(u => u.Email == email) is { } existing)
        {
            return existing;
        }

        var user = new AppUser { Id = Guid.NewGuid().ToString(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), SecurityStamp = "s" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }
}

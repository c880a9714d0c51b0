using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using ReadinessBoard.Components.Shared;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Accounts;

public sealed partial class TeamPage
{
    private static readonly TeamRole[] Roles = [TeamRole.Owner, TeamRole.Editor, TeamRole.Viewer];

    [Parameter] public int TeamId { get; set; }

    [Inject] private TeamMembersService Members { get; set; } = default!;
    [Inject] private CurrentActor Me { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    private TeamMembers? _team;
    private bool _loaded;
    private bool _busy;
    private string? _error;
    private string? _newEmail;
    private TeamRole _newRole = TeamRole.Editor;

    /// <summary>The invitation link just made, shown once for the Owner to send: the app keeps only its hash.</summary>
    private (string Email, string Link)? _invitation;

    private bool CanManage => _team?.MyRole.CanManageMembers() == true;

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        _loaded = true;
        if (_team is null)
        {
            HttpContext.AnswerNotFound();
        }
    }

    private async Task LoadAsync() => _team = await Members.GetAsync(await Me.GetAsync(), TeamId);

    private Task AddAsync() => RunAsync(async actor =>
    {
        var email = _newEmail ?? "";
        var added = await Members.AddAsync(actor, new AddMember(TeamId, email, _newRole));
        if (added.Error is null)
        {
            _newEmail = null;
        }

        Show(AccountService.NormalizeEmail(email), added);
        return added.Error;
    });

    private Task NewInvitationAsync(MemberView member) => RunAsync(async actor =>
    {
        var made = await Members.NewInvitationAsync(actor, member.Id);
        Show(member.Email, made);
        return made.Error;
    });

    private void Show(string email, MemberAdded result) =>
        _invitation = result.Invitation is { } secret ? (email, Navigation.BaseUri + Invitations.PathOf(secret)) : null;

    private string InvitationState(MemberView member) => member.InvitationExpiresAt switch
    {
        null => "No invitation link yet",
        { } expires when expires <= Clock.GetUtcNow().UtcDateTime => "Invitation link expired",
        { } expires => $"Invitation link works until {expires:yyyy-MM-dd HH:mm} UTC",
    };

    private Task ChangeRoleAsync(MemberView member, object? value) =>
        Enum.TryParse<TeamRole>(value as string, out var role)
            ? RunAsync(actor => Members.ChangeRoleAsync(actor, member.Id, role))
            : Task.CompletedTask;

    private Task RemoveAsync(MemberView member) => RunAsync(actor =>
    {
        _invitation = null;
        return Members.RemoveAsync(actor, member.Id);
    });

    /// <summary>Makes a change, then shows the team as it now is, whether the change was made or refused.</summary>
    private async Task RunAsync(Func<Actor, Task<string?>> change)
    {
        _busy = true;
        try
        {
            _error = await change(await Me.GetAsync());
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Accounts;

/// <summary>The person behind the current page, over the live connection or a plain request alike.</summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication)
{
    public async Task<Actor> GetAsync() => Of((await authentication.GetAuthenticationStateAsync()).User);

    public static Actor Of(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true } identity && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            ? Actor.ForUser(id, identity.Name ?? id)
            : Actor.Anonymous;
}

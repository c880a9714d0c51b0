using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Features.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public const string SignInPath = "/account/sign-in";
    public const string SignUpPath = "/account/sign-up";
    public const string SignOutPath = "/account/sign-out";
    public const string SetupPath = "/setup";

    /// <summary>Failed sign-ins before an account is locked, and for how long.</summary>
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(5);

    /// <summary>Sign-in, sign-up and set-up attempts one address may make in a minute.</summary>
    public const int SignInAttemptsPerMinute = 10;

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddScoped<CurrentActor>();
        services.AddSingleton<TeamMembersService>();
        services.AddScoped<AccountSignIn>();
        services.AddSingleton<UnknownEmailLockout>();
        // Every request checks the cookie's security stamp against the account's, so a sign-out or a new
        // password ends every session of the account at once, a copied cookie included.
        services.Configure<SecurityStampValidatorOptions>(stamps => stamps.ValidationInterval = TimeSpan.Zero);

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = SignOutPath;
            cookie.AccessDeniedPath = SignInPath;
            cookie.Cookie.Name = "ReadinessBoard.SignIn";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            // The API answers a program, not a person: 401 and 403 rather than a sign-in page.
            cookie.Events.OnRedirectToLogin = context => ApiAnswer(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAnswer(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();

        services.AddAccountStore()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // Guessing passwords from one address is slowed down before lockout even starts.
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Said in words here: re-running a page for the refused form post would answer 400 instead.
            limiter.OnRejected = (rejected, ct) =>
            {
                rejected.HttpContext.SkipStatusCodePage();
                return new ValueTask(rejected.HttpContext.Response.WriteAsync(
                    "Too many sign-in attempts from this address. Wait a minute, then try again.", ct));
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsAccountForm(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("other"));
        });
        return services;
    }

    /// <summary>Accounts in the app's database, with the app's password and lockout rules; the command line uses it too.</summary>
    public static IdentityBuilder AddAccountStore(this IServiceCollection services)
    {
        services.AddSingleton<AccountService>();
        services.AddSingleton<Invitations>();
        return services.AddIdentityCore<AppUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // Length over composition rules, as NIST SP 800-63B advises.
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = LockoutPeriod;
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddEntityFrameworkStores<ReadinessDbContext>();
    }

    private static Task ApiAnswer(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            // A bare status for the program, not the friendly error page re-run for it.
            context.HttpContext.SkipStatusCodePage();
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static bool IsAccountForm(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.StartsWithSegments(SignInPath) || request.Path.StartsWithSegments(SignUpPath) || request.Path.StartsWithSegments(SetupPath));

    /// <summary>Until the first account exists, every page leads to the set-up page that creates it.</summary>
    public static IApplicationBuilder UseFirstRunSetup(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var isPage = HttpMethods.IsGet(request.Method)
            && !Path.HasExtension(request.Path.Value)
            && !request.Path.StartsWithSegments("/_blazor")
            && !request.Path.StartsWithSegments("/_framework")
            && !request.Path.StartsWithSegments("/_content")
            && !request.Path.StartsWithSegments("/health")
            && !request.Path.StartsWithSegments("/api")
            && !request.Path.StartsWithSegments(SetupPath)
            && !request.Path.StartsWithSegments("/error")
            && !request.Path.StartsWithSegments("/not-found");
        if (isPage && !await context.RequestServices.GetRequiredService<AccountService>().AnyAccountAsync(context.RequestAborted))
        {
            context.Response.Redirect(SetupPath);
            return;
        }

        await next(context);
    });

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A form post with the antiforgery token, so no other site can sign a person out. The middleware
        // checks the token; a post without it is answered here, as reading its form would throw.
        endpoints.MapPost(SignOutPath, async (HttpContext context, SignInManager<AppUser> signIn) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                context.SkipStatusCodePage();
                return Results.Text("This sign-out form has expired. Reload the page and sign out again.", statusCode: StatusCodes.Status400BadRequest);
            }

            // A new security stamp ends every session of the account, on this device and any other,
            // and any copy of its cookie.
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect(SignInPath);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }
}

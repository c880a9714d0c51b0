using System.CommandLine;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Cli;

/// <summary>
/// <c>users add --email E --password P --team T --role R</c>: an account with a role in a team, for
/// set-up and automation. Run again for an existing account, it sets the role (and the password, if
/// one is given).
/// </summary>
internal static class UsersCommand
{
    public static Command Create(AppPaths paths, TextWriter stdout, TextWriter stderr)
    {
        var email = new Option<string>("--email") { Description = "The account's email; it is also the sign-in name.", Required = true };
        var password = new Option<string?>("--password")
        {
            Description = "The password (at least 10 characters). Required for a new account. " +
                "Or set READINESSBOARD_PASSWORD, which keeps it out of the shell's history.",
        };
        var team = new Option<string>("--team") { Description = "The team to join (created if missing).", Required = true };
        var role = new Option<TeamRole>("--role") { Description = "Owner, Editor or Viewer.", DefaultValueFactory = _ => TeamRole.Editor };
        var add = new Command("add", "Create an account, or update one, with a role in a team.") { TreatUnmatchedTokensAsErrors = false };
        add.Options.Add(email);
        add.Options.Add(password);
        add.Options.Add(team);
        add.Options.Add(role);
        add.SetAction((result, ct) => AddAsync(
            result.GetValue(email)!, result.GetValue(password) ?? Environment.GetEnvironmentVariable("READINESSBOARD_PASSWORD"),
            result.GetValue(team)!, result.GetValue(role), result.UnmatchedTokens.ToArray(), paths, stdout, stderr, ct));

        return new Command("users", "Manage accounts.") { add };
    }

    private static async Task<int> AddAsync(
        string email, string? password, string team, TeamRole role, string[] configArgs, AppPaths paths, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var validation = new AddMemberValidator().Validate(new AddMember(0, email, role));
        if (!validation.IsValid || string.IsNullOrWhiteSpace(team))
        {
            var why = validation.IsValid ? "give the team's name" : validation.Errors[0].ErrorMessage;
            await stderr.WriteLineAsync($"readinessboard: users add: {why}");
            return ExitCodes.BadInput;
        }

        try
        {
            await using var services = await CommandServices.StartAsync(configArgs, paths, ct);
            var result = await services.GetRequiredService<AccountService>().AddOrUpdateAsync(email.Trim(), password, team.Trim(), role, ct);
            if (!result.Succeeded)
            {
                await stderr.WriteLineAsync($"readinessboard: users add: {string.Join(" ", result.Errors)}");
                return ExitCodes.BadInput;
            }

            await stdout.WriteLineAsync($"{email.Trim()} is {(role == TeamRole.Owner ? "an" : "a")} {role} of {team.Trim()}.");
            return ExitCodes.Success;
        }
        catch (StartupException ex)
        {
            await stderr.WriteLineAsync($"readinessboard: users add: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Accounts;

public enum SignInOutcome
{
    SignedIn,
    /// <summary>The email and password do not match an account: the same answer for an unknown email.</summary>
    NoMatch,
    /// <summary>Too many failed sign-ins in a row: the same answer for an unknown email.</summary>
    LockedOut,
}

/// <summary>
/// Signs a person in with an email and a password, answering an unknown email exactly as a known one
/// with a wrong password: the same words, the same password hashing (so about the same time), and
/// the same lockout after <see cref="AccountsServiceCollectionExtensions.MaxFailedSignIns"/> failures.
/// Nobody can learn from the sign-in form which emails have an account.
/// </summary>
public sealed class AccountSignIn(
    SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, UnknownEmailLockout unknown)
{
    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember)
    {
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            if (unknown.IsLockedOut(email))
            {
                return SignInOutcome.LockedOut;
            }

            // The work a real account's check does, for an account that is not there.
            hasher.VerifyHashedPassword(new AppUser(), unknown.DecoyHash(hasher), password);
            return unknown.Fail(email) ? SignInOutcome.LockedOut : SignInOutcome.NoMatch;
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        return result.Succeeded ? SignInOutcome.SignedIn : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.NoMatch;
    }
}

/// <summary>
/// Failed sign-ins with emails that have no account, counted as Identity counts them for real accounts
/// (a lockout after the same number of failures, for the same time), in memory: they are not accounts.
/// </summary>
public sealed class UnknownEmailLockout(TimeProvider clock)
{
    /// <summary>Emails remembered at most; past it the oldest half is forgotten.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private string? _decoyHash;

    private sealed record Failures(int Count, DateTimeOffset Last, DateTimeOffset? LockedUntil);

    public bool IsLockedOut(string email) =>
        _failures.TryGetValue(Key(email), out var failures) && failures.LockedUntil > clock.GetUtcNow();

    /// <summary>Counts a failure; true when it locks the email out.</summary>
    public bool Fail(string email)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count >= Capacity)
        {
            foreach (var old in _failures.OrderBy(f => f.Value.Last).Take(Capacity / 2).ToList())
            {
                _failures.TryRemove(old);
            }
        }

        var failures = _failures.AddOrUpdate(
            Key(email),
            _ => new Failures(1, now, null),
            (_, before) => before.LockedUntil is { } until && until <= now ? new Failures(1, now, null) : before with { Count = before.Count + 1, Last = now });
        if (failures.Count < AccountsServiceCollectionExtensions.MaxFailedSignIns)
        {
            return false;
        }

        _failures[Key(email)] = new Failures(0, now, now + AccountsServiceCollectionExtensions.LockoutPeriod);
        return true;
    }

    /// <summary>A hash of a password nobody knows, made once with the app's hasher and settings.</summary>
    public string DecoyHash(IPasswordHasher<AppUser> hasher) =>
        _decoyHash ??= hasher.HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));

    private static string Key(string email) => AccountService.NormalizeEmail(email);
}

using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Accounts;

/// <summary>
/// Refuses a password that is among the <see cref="ListSize"/> most common ones, or that is the
/// account's own email or its name part, as NIST SP 800-63B asks of a service that takes passwords:
/// these are the first an attacker tries. Case does not save a common password (<c>Password123</c>).
/// </summary>
/// <remarks>
/// The list is the most frequent passwords of zxcvbn's password dictionary (the <c>zxcvbn-core</c>
/// package, which ranks them by how often they appear in leaked password sets), taken in rank order.
/// </remarks>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const int ListSize = 10_000;

    public const string Code = "CommonPassword";

    private static readonly Lazy<FrozenSet<string>> s_common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lower = password.Trim().ToLowerInvariant();
        var email = user?.Email?.Trim().ToLowerInvariant();
        var name = email?.Split('@')[0];
        return Task.FromResult(
            IsCommon(lower) ? Refused("This password is one of the most common ones, which are tried first. Choose another.")
            : lower == email || lower == name ? Refused("Do not use your email as your password. Choose another.")
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password) => s_common.Value.Contains(password.Trim().ToLowerInvariant());

    /// <summary>How many passwords the list holds (for the tests: the whole list was read).</summary>
    public static int Count => s_common.Value.Count;

    private static IdentityResult Refused(string description) => IdentityResult.Failed(new IdentityError { Code = Code, Description = description });

    private static FrozenSet<string> Load()
    {
        var assembly = typeof(Zxcvbn.Zxcvbn).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("passwords.lst", StringComparison.OrdinalIgnoreCase));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var words = new List<string>(ListSize);
        while (words.Count < ListSize && reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word)
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}

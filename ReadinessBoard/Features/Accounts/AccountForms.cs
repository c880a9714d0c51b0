using System.ComponentModel.DataAnnotations;

namespace ReadinessBoard.Features.Accounts;

public sealed class SignInForm
{
    [Required(ErrorMessage = "Give your email.")]
    [EmailAddress(ErrorMessage = "That is not an email address.")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Give your password.")]
    [StringLength(200)]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}

public sealed class NewAccountForm
{
    [Required(ErrorMessage = "Give your email.")]
    [EmailAddress(ErrorMessage = "That is not an email address.")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}

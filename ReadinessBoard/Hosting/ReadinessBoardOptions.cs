using FluentValidation;

namespace ReadinessBoard.Hosting;

/// <summary>The <c>ReadinessBoard</c> section of the configuration.</summary>
public sealed class ReadinessBoardOptions
{
    public const string SectionName = "ReadinessBoard";

    /// <summary>
    /// Folder of the SQLite database; relative paths are taken from the configuration folder.
    /// Empty means a <c>data</c> folder beside <c>appsettings.json</c>.
    /// </summary>
    public string? DataDirectory { get; set; }

    public string DatabaseFileName { get; set; } = "readiness.db";

    /// <summary>How long a write waits for another writer before it fails.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>Create the sample board when the database has no board at all.</summary>
    public bool SeedSampleBoard { get; set; } = true;

    /// <summary>How many live connections (browser tabs) one client may hold open at once.</summary>
    public int MaxCircuitsPerClient { get; set; } = 10;

    /// <summary>How many documents one person may preview or import in a minute.</summary>
    public int ImportsPerMinute { get; set; } = 20;

    /// <summary>
    /// Origins (<c>https://boards.example.com</c>) whose pages may open live connections besides the
    /// one a request comes to: the public address when a proxy in front of the app changes the host.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}

public sealed class ReadinessBoardOptionsValidator : AbstractValidator<ReadinessBoardOptions>
{
    public ReadinessBoardOptionsValidator()
    {
        RuleFor(o => o.DataDirectory)
            .Must(d => d is null || d.IndexOfAny(Path.GetInvalidPathChars()) < 0)
            .WithMessage("ReadinessBoard:DataDirectory contains characters that are not allowed in a path.");
        RuleFor(o => o.DatabaseFileName)
            .NotEmpty().WithMessage("ReadinessBoard:DatabaseFileName must name a file.")
            .Must(f => f.IndexOfAny(Path.GetInvalidFileNameChars()) < 0)
            .WithMessage("ReadinessBoard:DatabaseFileName must be a file name, not a path.");
        RuleFor(o => o.BusyTimeoutMilliseconds)
            .InclusiveBetween(0, 600_000)
            .WithMessage("ReadinessBoard:BusyTimeoutMilliseconds must be between 0 and 600000.");
        RuleFor(o => o.MaxCircuitsPerClient)
            .InclusiveBetween(1, 1000)
            .WithMessage("ReadinessBoard:MaxCircuitsPerClient must be between 1 and 1000.");
        RuleForEach(o => o.AllowedOrigins)
            .Must(o => Uri.TryCreate(o, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && uri.Query.Length == 0)
            .WithMessage((_, o) => $"ReadinessBoard:AllowedOrigins: \"{o}\" is not an origin such as https://boards.example.com (a scheme and a host, with a port if any, and no path).");
        RuleFor(o => o.ImportsPerMinute)
            .InclusiveBetween(1, 10_000)
            .WithMessage("ReadinessBoard:ImportsPerMinute must be between 1 and 10000.");
    }
}

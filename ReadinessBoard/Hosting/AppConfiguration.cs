using FluentValidation;

namespace ReadinessBoard.Hosting;

/// <summary>Builds and checks the configuration shared by the server and every command.</summary>
public static class AppConfiguration
{
    /// <summary>
    /// Replaces the default sources with the repository's <c>appsettings.json</c>, then environment
    /// variables, then command-line switches, each overriding the one before.
    /// </summary>
    public static void Apply(IConfigurationBuilder configuration, AppPaths paths, string environmentName, string[] args)
    {
        configuration.Sources.Clear();
        try
        {
            configuration.AddJsonFile(paths.ConfigFile, optional: true, reloadOnChange: false);
            configuration.AddJsonFile(
                Path.Combine(paths.ConfigDirectory, $"appsettings.{environmentName}.json"), optional: true, reloadOnChange: false);
        }
        catch (InvalidDataException ex)
        {
            throw new StartupException(DescribeInvalidJson(ex), ex);
        }

        configuration.AddEnvironmentVariables("DOTNET_");
        configuration.AddEnvironmentVariables("ASPNETCORE_");
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
    }

    /// <summary>Reads the options and resolves the data folder, or says exactly what is wrong.</summary>
    public static ResolvedOptions Resolve(IConfiguration configuration, AppPaths paths)
    {
        var options = new ReadinessBoardOptions();
        try
        {
            configuration.GetSection(ReadinessBoardOptions.SectionName).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            throw new StartupException($"The {ReadinessBoardOptions.SectionName} configuration cannot be read: {ex.Message}", ex);
        }

        var result = new ReadinessBoardOptionsValidator().Validate(options);
        if (!result.IsValid)
        {
            throw new StartupException(
                "The configuration is not valid: " + string.Join(" ", result.Errors.Select(e => e.ErrorMessage)));
        }

        var dataDirectory = string.IsNullOrWhiteSpace(options.DataDirectory)
            ? paths.DefaultDataDirectory
            : Path.GetFullPath(options.DataDirectory, paths.ConfigDirectory);
        return new ResolvedOptions(options, dataDirectory, Path.Combine(dataDirectory, options.DatabaseFileName));
    }

    private static string DescribeInvalidJson(InvalidDataException ex)
    {
        // "Failed to load configuration from file '…'", then where the JSON reader stopped, counted from 1.
        var json = FindJsonError(ex);
        if (json?.LineNumber is not { } line)
        {
            return $"{ex.Message.TrimEnd('.')}: it is not valid JSON.";
        }

        var reason = json.Message;
        var cut = reason.IndexOf(" Path:", StringComparison.Ordinal) is var p and >= 0 ? p
            : reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason[..cut];
        }

        return $"{ex.Message.TrimEnd('.')}: it is not valid JSON at line {line + 1}, column {json.BytePositionInLine + 1}: {reason.Trim()}";
    }

    private static System.Text.Json.JsonException? FindJsonError(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is System.Text.Json.JsonException json)
            {
                return json;
            }
        }

        return null;
    }
}

public sealed record ResolvedOptions(ReadinessBoardOptions Options, string DataDirectory, string DatabasePath);

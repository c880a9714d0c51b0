namespace ReadinessBoard.Hosting;

/// <summary>
/// Where the app finds its configuration and keeps its data, whatever directory it is started from.
/// Run from source, that is the repository root (found by its solution file); published, the app's own folder.
/// </summary>
public sealed record AppPaths(string ConfigDirectory, bool RunFromSource)
{
    public const string SolutionFileName = "ReadinessBoard.sln";

    public string ConfigFile => Path.Combine(ConfigDirectory, "appsettings.json");

    public string DefaultDataDirectory => Path.Combine(ConfigDirectory, "data");

    public static AppPaths Discover() => Discover(AppContext.BaseDirectory);

    public static AppPaths Discover(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return new AppPaths(dir.FullName, RunFromSource: true);
            }
        }

        return new AppPaths(Path.GetFullPath(startDirectory), RunFromSource: false);
    }
}

namespace ReadinessBoard.Tests.Support;

public static class TestFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    /// <summary>The repository root, found by its solution file.</summary>
    public static string RepositoryRoot { get; } = ReadinessBoard.Hosting.AppPaths.Discover().ConfigDirectory;

    /// <summary>Real checklists kept beside the repository, in <c>../shared/corpus</c>.</summary>
    public static string CorpusDirectory { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
}

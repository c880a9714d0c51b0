namespace ReadinessBoard.Tests.Support;

public static class TestFiles
{
    public static string Read(string name) => File.ReadAllText(PathOf(name));

    /// <summary>The bytes of a fixture, as a browser would upload them.</summary>
    public static byte[] ReadBytes(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>The repository root, found by its solution file.</summary>
    public static string RepositoryRoot { get; } = ReadinessBoard.Hosting.AppPaths.Discover().ConfigDirectory;

    /// <summary>Real checklists kept beside the repository, in <c>../shared/corpus</c>.</summary>
    public static string CorpusDirectory { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);
}

using System.Text;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Data;

/// <summary>Checks on the data folder and database file made before anything touches them.</summary>
public static class DatabaseFile
{
    private static readonly byte[] s_sqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>Creates the data folder if needed and proves it can be written, or says why not.</summary>
    public static void EnsureWritableDirectory(string dataDirectory)
    {
        var probe = Path.Combine(dataDirectory, $".write-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(dataDirectory);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new StartupException(
                $"The data folder '{dataDirectory}' cannot be written ({ex.Message.TrimEnd('.')}). " +
                "Point ReadinessBoard:DataDirectory (environment variable ReadinessBoard__DataDirectory) at a folder this user may write.",
                ex);
        }
    }

    /// <summary>
    /// Refuses a file that exists but is not a SQLite database, so that nothing is written over it.
    /// An empty file is fine: SQLite treats it as a new database.
    /// </summary>
    public static void EnsureIsSqliteOrAbsent(string databasePath)
    {
        if (Directory.Exists(databasePath))
        {
            throw new StartupException($"The database path '{databasePath}' is a folder, not a SQLite database file.");
        }

        if (!File.Exists(databasePath))
        {
            return;
        }

        Span<byte> header = stackalloc byte[16];
        int read;
        try
        {
            using var stream = new FileStream(databasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"The database file '{databasePath}' cannot be read ({ex.Message.TrimEnd('.')}).", ex);
        }

        if (read == 0)
        {
            return;
        }

        if (read < header.Length || !header.SequenceEqual(s_sqliteHeader))
        {
            throw new StartupException(
                $"The file '{databasePath}' is not a SQLite database. ReadinessBoard has left it untouched: " +
                "move it away, or point ReadinessBoard:DataDirectory at another folder.");
        }
    }
}

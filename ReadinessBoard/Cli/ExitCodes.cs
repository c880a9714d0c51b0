namespace ReadinessBoard.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The app could not start or the command could not finish: configuration, data folder, database.</summary>
    public const int Failure = 1;
    /// <summary>The input was wrong: an unknown option, a bad document.</summary>
    public const int BadInput = 2;
}

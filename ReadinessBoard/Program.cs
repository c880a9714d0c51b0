return await ReadinessBoard.Cli.CommandLine.RunAsync(args);
public partial class Program;

return await ReadinessBoard.Cli.CommandLine.RunAsync(args);

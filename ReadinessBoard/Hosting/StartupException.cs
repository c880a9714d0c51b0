namespace ReadinessBoard.Hosting;

/// <summary>
/// A condition that stops the app from starting, with a message written for the person who started it.
/// It is reported as one clear line, never as a stack trace.
/// </summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);

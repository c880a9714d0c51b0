namespace ReadinessBoard.Features.Import;

/// <summary>The document cannot be imported; the message says why and, where it can, on which line.</summary>
public sealed class ImportException(string message, int? line = null)
    : Exception(line is null ? message : $"Line {line}: {message}")
{
    public int? Line { get; } = line;
}

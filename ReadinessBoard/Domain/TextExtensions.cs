namespace ReadinessBoard.Domain;

public static class TextExtensions
{
    /// <summary>The text cut to at most <paramref name="max"/> characters, with an ellipsis when cut.</summary>
    public static string Shorten(this string text, int max) => text.Length <= max ? text : text[..max] + "…";
}

namespace ReadinessBoard.Features.Import;

/// <summary>
/// Decides whether two mentions name the same task, by the meaning of their words rather than their
/// exact text: "Rate limiting implementation" is the task "Rate limiting"; "Runbook Documentation" is
/// "Document Runbook for Common Issues". A name matches only when it clearly fits one task best, so
/// nothing is matched wrongly; numbers in titles help but never decide alone.
/// </summary>
public static class TaskMatcher
{
    private static readonly HashSet<string> s_stopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "for", "of", "to", "in", "on", "with", "by", "at", "from", "as", "is", "are", "be",
        "how", "what", "where", "when", "which", "who", "why", "do", "does", "it", "its", "this", "that", "all", "any",
        "set", "up", "add", "implement", "implementation", "create", "document", "setup", "enable", "vs", "via", "e", "g",
    };

    /// <summary>The words of a text that carry its meaning: lower case, stemmed, without filler words.</summary>
    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(Math.Min(16, (text.Length / 5) + 1), StringComparer.Ordinal);
        var stopWords = s_stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                // Lower-case and stem in a stack buffer; only a word that is kept becomes a string.
                var source = text.AsSpan(start, i - start);
                var lower = source.Length <= buffer.Length ? buffer[..source.Length] : new char[source.Length];
                source.ToLowerInvariant(lower);
                var word = Stem(lower);
                if (word.Length > 0 && !stopWords.Contains(word) && !IsNumber(word))
                {
                    words.Add(word.ToString());
                }

                start = -1;
            }
        }

        return words;
    }

    /// <summary>
    /// How well <paramref name="name"/> fits a task known by its titles and details; 0 when it does not.
    /// It fits when it shares two meaningful words with the task (at least one of them in a title), or
    /// covers the whole of a short title or is covered whole by it.
    /// </summary>
    public static double Score(HashSet<string> name, IEnumerable<HashSet<string>> titles, HashSet<string> details, int? nameNumber = null, int? taskNumber = null)
    {
        if (name.Count == 0)
        {
            return 0;
        }

        double best = 0;
        foreach (var title in titles)
        {
            if (title.Count == 0)
            {
                continue;
            }

            // Loops, not LINQ: this runs for every candidate of every mention.
            var inTitle = 0;
            var inDetails = 0;
            foreach (var word in name)
            {
                if (title.Contains(word))
                {
                    inTitle++;
                }
                else if (details.Contains(word))
                {
                    inDetails++;
                }
            }

            if (inTitle == 0)
            {
                continue;
            }

            var whole = inTitle == Math.Min(name.Count, title.Count);
            if (inTitle + inDetails < 2 && !whole)
            {
                continue;
            }

            // Share of both sides covered: "Audit Logging" fits "Implement Audit Logging" better than "Logging".
            var score = 2.0 * inTitle + inDetails + (double)inTitle / title.Count + (double)inTitle / name.Count;
            best = Math.Max(best, score);
        }

        if (best > 0 && nameNumber is { } n && taskNumber is { } t)
        {
            best += n == t ? 1 : -0.5;
        }

        return best;
    }

    /// <summary>
    /// The index of the candidate that fits best, or null when none fits or two fit equally well.
    /// </summary>
    public static int? Best(IReadOnlyList<double> scores)
    {
        int? best = null;
        var bestScore = 0.0;
        var tie = false;
        for (var i = 0; i < scores.Count; i++)
        {
            if (scores[i] <= 0)
            {
                continue;
            }

            if (best is null || scores[i] > bestScore + 1e-9)
            {
                best = i;
                bestScore = scores[i];
                tie = false;
            }
            else if (Math.Abs(scores[i] - bestScore) < 1e-9)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
        {
            if (!char.IsDigit(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Plural and "-ation" endings folded away, in place: "backups" and "backup", "documentation" and "document" meet.</summary>
    private static ReadOnlySpan<char> Stem(Span<char> word)
    {
        if (word.Length > 6 && word.EndsWith("ation"))
        {
            return word[..^5];
        }

        if (word.Length > 4 && word.EndsWith("ies"))
        {
            word[^3] = 'y';
            return word[..^2];
        }

        if (word.Length > 4 && (word.EndsWith("sses") || word.EndsWith("ches") || word.EndsWith("shes")))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] != 's' && !word.EndsWith("us"))
        {
            return word[..^1];
        }

        return word;
    }
}

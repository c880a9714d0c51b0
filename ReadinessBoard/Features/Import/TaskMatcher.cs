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
    /// <summary>Filler words, which never decide a match.</summary>
    internal static IEnumerable<string> StopWords => s_stopWords;

    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(Math.Min(16, (text.Length / 5) + 1), StringComparer.Ordinal);
        var stopWords = s_stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in new WordReader(text, stackalloc char[64]))
        {
            if (!stopWords.Contains(word))
            {
                words.Add(word.ToString());
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

            best = Math.Max(best, Fit(inTitle, inDetails, name.Count, title.Count));
        }

        return WithNumbers(best, nameNumber, taskNumber);
    }

    /// <summary>
    /// <see cref="Score(HashSet{string}, IEnumerable{HashSet{string}}, HashSet{string}, int?, int?)"/> for word
    /// sets of one <see cref="WordVocabulary"/>: sorted word numbers, compared in one walk without hashing.
    /// </summary>
    internal static double Score(int[] name, ReadOnlySpan<int[]> titles, int[] details, int? nameNumber = null, int? taskNumber = null)
    {
        if (name.Length == 0)
        {
            return 0;
        }

        double best = 0;
        foreach (var title in titles)
        {
            // Loops, not LINQ: this runs for every candidate of every mention.
            var inTitle = 0;
            var inDetails = 0;
            var t = 0;
            var d = 0;
            foreach (var word in name)
            {
                while (t < title.Length && title[t] < word)
                {
                    t++;
                }

                if (t < title.Length && title[t] == word)
                {
                    inTitle++;
                    continue;
                }

                while (d < details.Length && details[d] < word)
                {
                    d++;
                }

                if (d < details.Length && details[d] == word)
                {
                    inDetails++;
                }
            }

            best = Math.Max(best, Fit(inTitle, inDetails, name.Length, title.Length));
        }

        return WithNumbers(best, nameNumber, taskNumber);
    }

    /// <summary>How many words of <paramref name="name"/> are in <paramref name="title"/> or <paramref name="details"/> (sorted word sets of one vocabulary).</summary>
    internal static int CountIn(int[] name, int[] title, int[] details)
    {
        var count = 0;
        foreach (var word in name)
        {
            count += Array.BinarySearch(title, word) >= 0 || Array.BinarySearch(details, word) >= 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether two word sets of one <see cref="WordVocabulary"/> share a word.</summary>
    internal static bool Overlaps(int[] a, int[] b)
    {
        var j = 0;
        foreach (var word in a)
        {
            while (j < b.Length && b[j] < word)
            {
                j++;
            }

            if (j == b.Length)
            {
                return false;
            }

            if (b[j] == word)
            {
                return true;
            }
        }

        return false;
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

    /// <summary>The fit of a name to one title, from how many of the name's words the title and the details hold.</summary>
    private static double Fit(int inTitle, int inDetails, int nameCount, int titleCount)
    {
        if (inTitle == 0)
        {
            return 0;
        }

        var whole = inTitle == Math.Min(nameCount, titleCount);
        if (inTitle + inDetails < 2 && !whole)
        {
            return 0;
        }

        // Share of both sides covered: "Audit Logging" fits "Implement Audit Logging" better than "Logging".
        return (2.0 * inTitle) + inDetails + ((double)inTitle / titleCount) + ((double)inTitle / nameCount);
    }

    private static double WithNumbers(double best, int? nameNumber, int? taskNumber)
    {
        if (best > 0 && nameNumber is { } n && taskNumber is { } t)
        {
            best += n == t ? 1 : -0.5;
        }

        return best;
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

    /// <summary>
    /// The words of a text that are no number, one at a time, lower-cased and stemmed in <c>buffer</c>;
    /// the reader drops the <see cref="StopWords"/>. A word becomes a string only where its reader keeps
    /// it. Each word is valid until the next one is read.
    /// </summary>
    internal ref struct WordReader(string text, Span<char> buffer)
    {
        private readonly string _text = text;
        private readonly Span<char> _buffer = buffer;
        private int _at;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly WordReader GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_at < _text.Length)
            {
                if (!char.IsLetterOrDigit(_text[_at]))
                {
                    _at++;
                    continue;
                }

                var start = _at;
                while (_at < _text.Length && char.IsLetterOrDigit(_text[_at]))
                {
                    _at++;
                }

                var source = _text.AsSpan(start, _at - start);
                var lower = source.Length <= _buffer.Length ? _buffer[..source.Length] : new char[source.Length];
                source.ToLowerInvariant(lower);
                var word = Stem(lower);
                if (word.Length > 0 && !IsNumber(word))
                {
                    Current = word;
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>
/// The words of one document, each numbered once: a word set is then a short sorted array of numbers,
/// compared without hashing or allocating a string per word. One per parse; not shared.
/// </summary>
internal sealed class WordVocabulary
{
    // Stop words are in from the start, numbered -1: one look-up per word tells both.
    private readonly Dictionary<string, int> _numbers = TaskMatcher.StopWords.ToDictionary(word => word, _ => -1, StringComparer.Ordinal);
    private int[] _found = new int[32];
    private int _count;

    /// <summary>The numbers of the meaningful words of <paramref name="text"/> (<see cref="TaskMatcher.Words"/>), sorted, each once.</summary>
    public int[] WordsOf(string text)
    {
        var numbers = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var count = 0;
        foreach (var word in new TaskMatcher.WordReader(text, stackalloc char[64]))
        {
            if (!numbers.TryGetValue(word, out var number))
            {
                number = _count++;
                numbers[word] = number;
            }
            else if (number < 0)
            {
                continue;
            }

            if (count == _found.Length)
            {
                Array.Resize(ref _found, count * 2);
            }

            _found[count++] = number;
        }

        if (count == 0)
        {
            return [];
        }

        var found = _found.AsSpan(0, count);
        found.Sort();
        var distinct = 1;
        for (var i = 1; i < found.Length; i++)
        {
            if (found[i] != found[distinct - 1])
            {
                found[distinct++] = found[i];
            }
        }

        return found[..distinct].ToArray();
    }
}

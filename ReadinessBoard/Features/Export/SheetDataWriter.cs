using System.Buffers;
using System.Globalization;
using System.Xml;

namespace ReadinessBoard.Features.Export;

/// <summary>
/// Writes the rows and cells inside a worksheet's <c>sheetData</c> as SpreadsheetML text, handed to the
/// sheet's <see cref="XmlWriter"/> in blocks with <see cref="XmlWriter.WriteRaw(char[], int, int)"/>.
/// <para>
/// This bypasses the Open XML SDK's <c>OpenXmlWriter</c> for cells, and only for cells: the sheet's
/// structure around them (views, columns, autofilter, page setup) is still the SDK's own elements,
/// written by the SDK. OpenXmlWriter spends about 2 µs on each cell (its element and attribute
/// bookkeeping, not the XML itself): 300 ms of processor time for the 150,000 cells of a
/// 10,000-item board, against 35 to 50 ms here, which took the whole export from 379 ms to 101 ms,
/// under its 200 ms target (docs/performance.md, "Export").
/// </para>
/// <para>
/// The text is what OpenXmlWriter writes for the same cells (a test compares them): the prefix
/// <c>x</c> that the worksheet element binds, inline strings with <c>xml:space="preserve"</c> when
/// the text starts or ends with white space, <c>&amp; &lt; &gt;</c> escaped, and a carriage return,
/// alone or before a line feed, written as one line feed. Text must be what XML 1.0 can carry
/// (<see cref="FormulaGuard.ForXlsx"/> makes it so); a control character or a lone surrogate is
/// refused with an <see cref="ArgumentException"/>, never written into a file that would not open.
/// </para>
/// </summary>
internal sealed class SheetDataWriter(XmlWriter xml)
{
    /// <summary>The namespace prefix of every element written here; the worksheet element declares it.</summary>
    public const string Prefix = "x";

    // What cell text cannot hold as it is: markup, the carriage return, and the characters XML 1.0
    // forbids (XmlChars). Surrogates are looked at so that a lone one is refused; a pair is copied.
    private static readonly SearchValues<char> s_special = SearchValues.Create(
    [
        '&', '<', '>', '\r', .. XmlChars.ForbiddenOrSurrogate,
    ]);

    private readonly char[] _buffer = new char[16 * 1024];
    private readonly char[] _row = new char[10];
    private int _length;
    private int _rowLength;

    /// <summary>Opens row <paramref name="row"/> (1-based); its cells follow, then <see cref="EndRow"/>.</summary>
    public void StartRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        row.TryFormat(_row, out _rowLength, provider: CultureInfo.InvariantCulture);
        Raw("<x:row r=\"");
        Raw(_row.AsSpan(0, _rowLength));
        Raw("\">");
    }

    public void EndRow() => Raw("</x:row>");

    /// <summary>An inline string cell in the open row; <paramref name="column"/> is 0-based.</summary>
    public void Text(int column, string text, uint style)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        StartCell(column, style);
        Raw(" t=\"inlineStr\"><x:is><x:t");
        Raw(char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) ? " xml:space=\"preserve\">" : ">");
        Escaped(text);
        Raw("</x:t></x:is></x:c>");
    }

    public void Number(int column, double value, uint style)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(double.IsFinite(value), false, nameof(value));
        StartCell(column, style);
        Raw("><x:v>");
        Value(value);
        Raw("</x:v></x:c>");
    }

    /// <summary>A formula cell with its value as last computed.</summary>
    public void Formula(int column, string formula, double cachedValue, uint style)
    {
        ArgumentException.ThrowIfNullOrEmpty(formula);
        ArgumentOutOfRangeException.ThrowIfEqual(double.IsFinite(cachedValue), false, nameof(cachedValue));
        StartCell(column, style);
        Raw("><x:f>");
        Escaped(formula);
        Raw("</x:f><x:v>");
        Value(cachedValue);
        Raw("</x:v></x:c>");
    }

    /// <summary>Hands what is buffered to the XmlWriter; call it before writing to the XmlWriter directly.</summary>
    public void Flush()
    {
        if (_length > 0)
        {
            xml.WriteRaw(_buffer, 0, _length);
            _length = 0;
        }
    }

    private void StartCell(int column, uint style)
    {
        Raw("<x:c r=\"");
        Raw(SheetWriter.Letters(column));
        Raw(_row.AsSpan(0, _rowLength));
        Raw("\"");
        if (style != XlsxStyles.Default)
        {
            Raw(" s=\"");
            Raw(XlsxStyles.Id(style));
            Raw("\"");
        }
    }

    /// <summary>The shortest text that reads back as the same double, as <c>ToString("R")</c> writes it.</summary>
    private void Value(double value)
    {
        if (_buffer.Length - _length < 32)
        {
            Flush();
        }

        value.TryFormat(_buffer.AsSpan(_length), out var written, "R", CultureInfo.InvariantCulture);
        _length += written;
    }

    private void Escaped(ReadOnlySpan<char> text)
    {
        var offset = 0;
        for (var i = text.IndexOfAny(s_special); i >= 0; i = text.IndexOfAny(s_special))
        {
            Raw(text[..i]);
            var ch = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var length = 1;
            switch (ch)
            {
                case '&':
                    Raw("&amp;");
                    break;
                case '<':
                    Raw("&lt;");
                    break;
                case '>':
                    Raw("&gt;");
                    break;
                case '\r':
                    // A reader would turn a raw CR or CRLF into LF anyway; Excel's line break is LF.
                    Raw("\n");
                    length = next == '\n' ? 2 : 1;
                    break;
                case >= '\uD800' and <= '\uDBFF' when char.IsLowSurrogate(next):
                    Raw(text.Slice(i, 2));
                    length = 2;
                    break;
                default:
                    throw new ArgumentException(
                        $"Cell text holds U+{(int)ch:X4} at {offset + i}, which XML 1.0 cannot carry; FormulaGuard.ForXlsx escapes it.", nameof(text));
            }

            text = text[(i + length)..];
            offset += i + length;
        }

        Raw(text);
    }

    private void Raw(ReadOnlySpan<char> text)
    {
        while (text.Length > _buffer.Length - _length)
        {
            var fits = _buffer.Length - _length;
            if (fits > 0 && char.IsHighSurrogate(text[fits - 1]))
            {
                // The XmlWriter refuses half a surrogate pair: the pair goes in the next block, whole.
                fits--;
            }

            text[..fits].CopyTo(_buffer.AsSpan(_length));
            _length += fits;
            text = text[fits..];
            Flush();
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }
}

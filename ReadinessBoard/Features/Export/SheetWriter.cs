using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReadinessBoard.Features.Export;

/// <summary>A column of a sheet: its header and its width in characters.</summary>
internal sealed record SheetColumn(string Header, double Width);

/// <summary>
/// Writes one worksheet row by row with the Open XML SDK's streaming <see cref="OpenXmlWriter"/>:
/// nothing of the sheet is held in memory. Element instances and the attribute list are reused,
/// so a cell costs its reference and its value, not a tree of objects.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private static readonly Worksheet s_worksheet = new();
    private static readonly SheetData s_sheetData = new();
    private static readonly Row s_row = new();
    private static readonly Cell s_cell = new();
    private static readonly CellValue s_value = new();
    private static readonly CellFormula s_formula = new();
    private static readonly InlineString s_inline = new();
    private static readonly Text s_text = new();
    private static readonly OpenXmlAttribute s_preserve = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
    private static readonly string[] s_letters = Enumerable.Range(0, 64).Select(ColumnLetters).ToArray();

    private readonly Stream _part;
    private readonly OpenXmlWriter _writer;
    private readonly List<OpenXmlAttribute> _attributes = new(3);
    private readonly List<OpenXmlAttribute> _textAttributes = new(1);
    private string _rowNumber = "1";
    private bool _rowOpen;
    private bool _dataOpen;

    /// <param name="part">The part's stream; the sheet writer closes it.</param>
    /// <param name="freezeRows">Rows kept on screen when scrolling: the header.</param>
    public SheetWriter(Stream part, IReadOnlyList<SheetColumn> columns, int freezeRows = 1, bool selected = false)
    {
        _part = part;
        _writer = OpenXmlWriter.Create(part);
        _writer.WriteStartDocument(true);
        _writer.WriteStartElement(s_worksheet);
        // Printed (or saved as PDF) a sheet is as wide as a landscape page.
        _writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var view = new SheetView { WorkbookViewId = 0U, TabSelected = selected ? true : null };
        if (freezeRows > 0)
        {
            var topLeft = $"A{freezeRows + 1}";
            view.Append(
                new Pane { VerticalSplit = freezeRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        _writer.WriteElement(new SheetViews(view));
        _writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15D });
        var cols = new Columns();
        for (var i = 0; i < columns.Count; i++)
        {
            cols.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columns[i].Width, CustomWidth = true });
        }

        _writer.WriteElement(cols);
        _writer.WriteStartElement(s_sheetData);
        _dataOpen = true;
    }

    public static string Letters(int column) => column < s_letters.Length ? s_letters[column] : ColumnLetters(column);

    /// <summary>A cell reference, 0-based column and 1-based row: <c>Ref(2, 5)</c> is <c>C5</c>.</summary>
    public static string Ref(int column, int row) => Letters(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>An absolute range of one column: <c>$C$2:$C$10</c>.</summary>
    public static string ColumnRange(int column, int firstRow, int lastRow) =>
        $"${Letters(column)}${firstRow.ToString(CultureInfo.InvariantCulture)}:${Letters(column)}${lastRow.ToString(CultureInfo.InvariantCulture)}";

    public void HeaderRow(int row, IReadOnlyList<SheetColumn> columns, int firstColumn = 0)
    {
        StartRow(row);
        for (var i = 0; i < columns.Count; i++)
        {
            Text(firstColumn + i, columns[i].Header, XlsxStyles.Header);
        }

        EndRow();
    }

    public void StartRow(int row)
    {
        _rowNumber = row.ToString(CultureInfo.InvariantCulture);
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, _rowNumber));
        _writer.WriteStartElement(s_row, _attributes);
        _rowOpen = true;
    }

    public void EndRow()
    {
        _writer.WriteEndElement();
        _rowOpen = false;
    }

    /// <summary>A text cell; null or empty writes nothing. Text that looks like a formula gets the quote-prefix style.</summary>
    public void Text(int column, string? text, uint style = XlsxStyles.Default)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (FormulaGuard.LooksLikeFormula(text))
        {
            style = XlsxStyles.GuardedText;
        }

        var value = FormulaGuard.ForXlsx(text);
        StartCell(column, style, "inlineStr");
        _writer.WriteStartElement(s_inline);
        _textAttributes.Clear();
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            _textAttributes.Add(s_preserve);
        }

        _writer.WriteStartElement(s_text, _textAttributes);
        _writer.WriteString(value);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    public void Number(int column, double? value, uint style = XlsxStyles.Default)
    {
        if (value is not { } number || !double.IsFinite(number))
        {
            return;
        }

        StartCell(column, style, null);
        WriteValue(number);
        _writer.WriteEndElement();
    }

    public void Date(int column, DateOnly? date) =>
        Number(column, date is { } d ? d.ToDateTime(TimeOnly.MinValue).ToOADate() : null, XlsxStyles.Date);

    public void DateTime(int column, DateTime? moment) => Number(column, moment?.ToOADate(), XlsxStyles.DateTime);

    /// <summary>A live formula with its value computed here too, for viewers that do not recalculate.</summary>
    public void Formula(int column, string formula, double cachedValue, uint style = XlsxStyles.Default)
    {
        StartCell(column, style, null);
        _writer.WriteStartElement(s_formula);
        _writer.WriteString(formula);
        _writer.WriteEndElement();
        WriteValue(double.IsFinite(cachedValue) ? cachedValue : 0);
        _writer.WriteEndElement();
    }

    /// <summary>Ends the sheet data and writes what follows it: the autofilter over the header and rows.</summary>
    public void Finish(string? autoFilter = null)
    {
        if (_rowOpen)
        {
            EndRow();
        }

        if (_dataOpen)
        {
            _writer.WriteEndElement();
            _dataOpen = false;
        }

        if (autoFilter is not null)
        {
            _writer.WriteElement(new AutoFilter { Reference = autoFilter });
        }

        _writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        _writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
        _writer.WriteEndElement();
    }

    /// <summary>Closes the writer, then the part's stream, which the writer leaves open.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        _part.Dispose();
    }

    private void StartCell(int column, uint style, string? type)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, Letters(column) + _rowNumber));
        if (style != XlsxStyles.Default)
        {
            _attributes.Add(new OpenXmlAttribute("s", string.Empty, XlsxStyles.Id(style)));
        }

        if (type is not null)
        {
            _attributes.Add(new OpenXmlAttribute("t", string.Empty, type));
        }

        _writer.WriteStartElement(s_cell, _attributes);
    }

    private void WriteValue(double number)
    {
        _writer.WriteStartElement(s_value);
        _writer.WriteString(number.ToString("R", CultureInfo.InvariantCulture));
        _writer.WriteEndElement();
    }

    private static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}

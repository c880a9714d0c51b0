using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReadinessBoard.Features.Export;

/// <summary>A column of a sheet: its header and its width in characters.</summary>
internal sealed record SheetColumn(string Header, double Width);

/// <summary>
/// Writes one worksheet row by row: nothing of the sheet is held in memory. The structure around the
/// cells (sheet properties, the frozen header, column widths, the autofilter, page setup) is the Open
/// XML SDK's own elements, written by the SDK into the sheet's <see cref="XmlWriter"/>; the rows and
/// cells go through <see cref="SheetDataWriter"/>, which writes the same XML as the SDK's
/// <see cref="OpenXmlWriter"/> at a tenth of its cost per cell.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private static readonly Worksheet s_worksheet = new();
    private static readonly SheetData s_sheetData = new();
    private static readonly XmlWriterSettings s_settings = new() { Encoding = Encoding.UTF8 };
    private static readonly string[] s_letters = Enumerable.Range(0, 64).Select(ColumnLetters).ToArray();

    private readonly Stream _part;
    private readonly XmlWriter _xml;
    private readonly SheetDataWriter _cells;
    private bool _rowOpen;
    private bool _dataOpen;

    /// <param name="part">The part's stream; the sheet writer closes it.</param>
    /// <param name="freezeRows">Rows kept on screen when scrolling: the header.</param>
    public SheetWriter(Stream part, IReadOnlyList<SheetColumn> columns, int freezeRows = 1, bool selected = false)
    {
        _part = part;
        _xml = XmlWriter.Create(part, s_settings);
        _xml.WriteStartDocument(true);
        // The SDK's prefix, declared here once, as OpenXmlWriter declares it: the cells use it too.
        _xml.WriteStartElement(SheetDataWriter.Prefix, s_worksheet.LocalName, s_worksheet.NamespaceUri);
        // Printed (or saved as PDF) a sheet is as wide as a landscape page.
        new SheetProperties(new PageSetupProperties { FitToPage = true }).WriteTo(_xml);
        var view = new SheetView { WorkbookViewId = 0U, TabSelected = selected ? true : null };
        if (freezeRows > 0)
        {
            var topLeft = $"A{freezeRows + 1}";
            view.Append(
                new Pane { VerticalSplit = freezeRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        new SheetViews(view).WriteTo(_xml);
        new SheetFormatProperties { DefaultRowHeight = 15D }.WriteTo(_xml);
        var cols = new Columns();
        for (var i = 0; i < columns.Count; i++)
        {
            cols.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columns[i].Width, CustomWidth = true });
        }

        cols.WriteTo(_xml);
        _xml.WriteStartElement(SheetDataWriter.Prefix, s_sheetData.LocalName, s_sheetData.NamespaceUri);
        _cells = new SheetDataWriter(_xml);
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
        _cells.StartRow(row);
        _rowOpen = true;
    }

    public void EndRow()
    {
        _cells.EndRow();
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

        _cells.Text(column, FormulaGuard.ForXlsx(text), style);
    }

    public void Number(int column, double? value, uint style = XlsxStyles.Default)
    {
        if (value is not { } number || !double.IsFinite(number))
        {
            return;
        }

        _cells.Number(column, number, style);
    }

    public void Date(int column, DateOnly? date) =>
        Number(column, date is { } d ? d.ToDateTime(TimeOnly.MinValue).ToOADate() : null, XlsxStyles.Date);

    public void DateTime(int column, DateTime? moment) => Number(column, moment?.ToOADate(), XlsxStyles.DateTime);

    /// <summary>A live formula with its value computed here too, for viewers that do not recalculate.</summary>
    public void Formula(int column, string formula, double cachedValue, uint style = XlsxStyles.Default) =>
        _cells.Formula(column, formula, double.IsFinite(cachedValue) ? cachedValue : 0, style);

    /// <summary>Ends the sheet data and writes what follows it: the autofilter over the header and rows.</summary>
    public void Finish(string? autoFilter = null)
    {
        if (_rowOpen)
        {
            EndRow();
        }

        if (_dataOpen)
        {
            _cells.Flush();
            _xml.WriteEndElement();
            _dataOpen = false;
        }

        if (autoFilter is not null)
        {
            new AutoFilter { Reference = autoFilter }.WriteTo(_xml);
        }

        new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 }.WriteTo(_xml);
        new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U }.WriteTo(_xml);
        _xml.WriteEndElement();
    }

    /// <summary>Closes the writer, then the part's stream, which the writer leaves open.</summary>
    public void Dispose()
    {
        _xml.Dispose();
        _part.Dispose();
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

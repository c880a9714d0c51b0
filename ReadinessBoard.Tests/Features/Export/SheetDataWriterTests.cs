using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReadinessBoard.Features.Export;

namespace ReadinessBoard.Tests.Features.Export;

/// <summary>
/// The cell writer against the Open XML SDK's <see cref="OpenXmlWriter"/>, which it replaces for
/// cells: the same cells written by both must read back as the same XML.
/// </summary>
public class SheetDataWriterTests
{
    private static readonly XNamespace s_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static TheoryData<string> AwkwardText =>
    [
        "plain",
        "a & b",
        "<tag attr=\"x\">",
        "x > y",
        "]]>",
        "\"double\" and 'single' quotes",
        "&amp; already escaped",
        "Line\nbreak",
        "Windows\r\nbreak",
        "Old Mac\rbreak",
        "\r\n\r\n",
        "ends with CR\r",
        "\tTabbed",
        "tab\tinside",
        "  padded  ",
        " leading",
        "trailing ",
        "\u00A0no-break space first",
        "Emoji 👩🏽‍💻 ✅ 🔴",
        "🚀",
        "Émoji 🚀 section",
        "中文 العربية",
        "_x0041_ left for the guard",
        "\u2028line separator\u2029",
        "\uFFFD replacement",
        "=HYPERLINK(\"http://evil.example\",\"click\")",
    ];

    [Theory]
    [MemberData(nameof(AwkwardText))]
    public void TextCell_ReadsBackAsWhatOpenXmlWriterWrites(string text)
    {
        var expected = WithOpenXmlWriter(writer => writer.WriteElement(TextCell("C7", text, XlsxStyles.Header)));
        var written = WithSheetDataWriter(cells => cells.Text(2, text, XlsxStyles.Header));

        Assert.Equal(expected.ToString(SaveOptions.DisableFormatting), written.ToString(SaveOptions.DisableFormatting));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(1e-7)]
    [InlineData(12345678.9)]
    [InlineData(1.0 / 3)]
    [InlineData(46113.395833333336)]
    [InlineData(double.MaxValue)]
    public void NumberAndFormulaCells_ReadBackAsWhatOpenXmlWriterWrites(double value)
    {
        const string formula = "IF(B2<>\"Done\",SUMPRODUCT((Checklist!$C$2:$C$9=\"A & B\")*1),0)";
        var number = value.ToString("R", CultureInfo.InvariantCulture);
        var expected = WithOpenXmlWriter(writer =>
        {
            writer.WriteElement(new Cell(new CellValue(number)) { CellReference = "A7" });
            writer.WriteElement(new Cell(new CellFormula(formula), new CellValue(number)) { CellReference = "AB7", StyleIndex = XlsxStyles.Percent });
        });
        var written = WithSheetDataWriter(cells =>
        {
            cells.Number(0, value, XlsxStyles.Default);
            cells.Formula(27, formula, value, XlsxStyles.Percent);
        });

        Assert.Equal(expected.ToString(SaveOptions.DisableFormatting), written.ToString(SaveOptions.DisableFormatting));
        var cell = written.Descendants(s_main + "c").First();
        Assert.Equal(value, double.Parse(cell.Element(s_main + "v")!.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Markup_IsEscaped_AndEveryLineBreakIsALineFeed()
    {
        var raw = RawSheetData(cells => cells.Text(0, "a & b <c> \"d\"\r\ne\rf\ng", XlsxStyles.Default));

        Assert.Contains("<x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>a &amp; b &lt;c&gt; \"d\"\ne\nf\ng</x:t></x:is></x:c>", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatStartsOrEndsWithWhiteSpace_IsMarkedToBeKept()
    {
        var raw = RawSheetData(cells =>
        {
            cells.Text(0, " lead", XlsxStyles.Default);
            cells.Text(1, "inner space", XlsxStyles.Default);
        });

        Assert.Contains("<x:t xml:space=\"preserve\"> lead</x:t>", raw, StringComparison.Ordinal);
        Assert.Contains("<x:t>inner space</x:t>", raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NUL \u0000", 0x0000)]
    [InlineData("bell \u0007", 0x0007)]
    [InlineData("\u001Funit separator", 0x001F)]
    [InlineData("vertical \u000B tab", 0x000B)]
    [InlineData("not a character \uFFFE", 0xFFFE)]
    [InlineData("\uFFFF", 0xFFFF)]
    public void TextThatXmlCannotCarry_IsRefused_NamingTheCharacter(string text, int character)
    {
        var error = Assert.Throws<ArgumentException>(() => RawSheetData(cells => cells.Text(0, text, XlsxStyles.Default)));

        Assert.Contains($"U+{character:X4}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneSurrogates_AreRefused_NamingTheCharacter()
    {
        // Built here, not in attributes: a theory's data would reach the test with them replaced.
        (string Text, int Character)[] cases =
        [
            ("lone high " + '\uD800' + " surrogate", 0xD800),
            ("low " + '\uDC00' + " without high", 0xDC00),
            ("high at the end " + '\uD83D', 0xD83D),
            ("two highs " + '\uD83D' + '\uD83D' + '\uDE80', 0xD83D),
        ];

        foreach (var (text, character) in cases)
        {
            var error = Assert.Throws<ArgumentException>(() => RawSheetData(cells => cells.Text(0, text, XlsxStyles.Default)));
            Assert.Contains($"U+{character:X4}", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LongText_WithSurrogatePairs_IsWhole_WhereverTheBlocksEnd()
    {
        // Longer than the writer's block, with pairs at both parities: some pair meets a block's end.
        var texts = Enumerable.Range(0, 4).Select(i => new string('a', i) + string.Concat(Enumerable.Repeat("🚀 & <x>", 6_000))).ToList();

        var written = WithSheetDataWriter(cells =>
        {
            for (var i = 0; i < texts.Count; i++)
            {
                cells.Text(i, texts[i], XlsxStyles.Default);
            }
        });

        Assert.Equal(texts, written.Descendants(s_main + "t").Select(t => t.Value));
    }

    [Fact]
    public void Rows_CarryTheirNumber_AndCellsTheirReference()
    {
        var written = WithSheetDataWriter(cells => cells.Number(30, 1, XlsxStyles.Default), row: 10_001);

        Assert.Equal("10001", written.Descendants(s_main + "row").Single().Attribute("r")!.Value);
        Assert.Equal("AE10001", written.Descendants(s_main + "c").Single().Attribute("r")!.Value);
    }

    [Fact]
    public void NumbersThatAreNotFinite_AndEmptyText_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RawSheetData(cells => cells.Number(0, double.NaN, XlsxStyles.Default)));
        Assert.Throws<ArgumentOutOfRangeException>(() => RawSheetData(cells => cells.Formula(0, "SUM(A1)", double.PositiveInfinity, XlsxStyles.Default)));
        Assert.Throws<ArgumentException>(() => RawSheetData(cells => cells.Text(0, "", XlsxStyles.Default)));
    }

    private static Cell TextCell(string reference, string text, uint style)
    {
        var value = new Text(text);
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            value.Space = SpaceProcessingModeValues.Preserve;
        }

        var cell = new Cell(new InlineString(value)) { CellReference = reference, DataType = CellValues.InlineString };
        if (style != XlsxStyles.Default)
        {
            cell.StyleIndex = style;
        }

        return cell;
    }

    /// <summary>One row, numbered 7, of cells written by the SDK, read back.</summary>
    private static XDocument WithOpenXmlWriter(Action<OpenXmlWriter> cells)
    {
        var bytes = new MemoryStream();
        using (var writer = OpenXmlWriter.Create(bytes))
        {
            writer.WriteStartDocument(true);
            writer.WriteStartElement(new SheetData());
            writer.WriteStartElement(new Row { RowIndex = 7U });
            cells(writer);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return XDocument.Load(new MemoryStream(bytes.ToArray()));
    }

    private static XDocument WithSheetDataWriter(Action<SheetDataWriter> cells, int row = 7) => XDocument.Parse(RawSheetData(cells, row));

    /// <summary>One row of cells written by <see cref="SheetDataWriter"/> inside a sheetData element, as text.</summary>
    private static string RawSheetData(Action<SheetDataWriter> cells, int row = 1)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var xml = XmlWriter.Create(text))
        {
            xml.WriteStartElement(SheetDataWriter.Prefix, "sheetData", s_main.NamespaceName);
            var writer = new SheetDataWriter(xml);
            writer.StartRow(row);
            cells(writer);
            writer.EndRow();
            writer.Flush();
            xml.WriteEndElement();
        }

        return text.ToString();
    }
}

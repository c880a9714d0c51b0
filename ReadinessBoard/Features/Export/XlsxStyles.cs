using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Export;

/// <summary>The workbook's cell styles: indexes into <c>cellXfs</c>, and the stylesheet that defines them.</summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    /// <summary>Text marked with Excel's quote prefix: shown as typed, never run as a formula, also after an edit.</summary>
    public const uint GuardedText = 2;
    public const uint Date = 3;
    public const uint DateTime = 4;
    public const uint Percent = 5;
    public const uint Money = 6;
    public const uint Done = 7;
    public const uint InProgress = 8;
    public const uint Blocked = 9;
    public const uint NotApplicable = 10;
    public const uint Title = 11;
    public const uint Bold = 12;
    public const uint BoldPercent = 13;
    public const uint OnTrack = 14;
    public const uint BoldMoney = 15;

    private static readonly string[] s_ids = Enumerable.Range(0, 16).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public static string Id(uint style) => s_ids[style];

    public static uint Of(ItemStatus status) => status switch
    {
        ItemStatus.Done => Done,
        ItemStatus.InProgress => InProgress,
        ItemStatus.Blocked => Blocked,
        ItemStatus.NotApplicable => NotApplicable,
        _ => Default,
    };

    public static uint Of(MetricStatus status) => status switch
    {
        MetricStatus.Met => Done,
        MetricStatus.OnTrack => OnTrack,
        MetricStatus.AtRisk => InProgress,
        MetricStatus.OffTrack => Blocked,
        _ => Default,
    };

    public static Stylesheet Stylesheet()
    {
        const uint dateFormat = 164;
        const uint dateTimeFormat = 165;
        const uint moneyFormat = 166;
        var numberFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = dateFormat, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = dateTimeFormat, FormatCode = "yyyy-mm-dd hh:mm" },
            new NumberingFormat { NumberFormatId = moneyFormat, FormatCode = "#,##0.00" })
        { Count = 3U };

        var fonts = new Fonts(
            Font(bold: false, size: 11),
            Font(bold: true, size: 11),
            Font(bold: true, size: 14))
        { Count = 3U };

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFE8EEF4"),
            Solid("FFD9F2E3"),
            Solid("FFFFF1CC"),
            Solid("FFFBDADA"),
            Solid("FFEDEDED"),
            Solid("FFDCEBFA"))
        { Count = 8U };

        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(), new RightBorder(), new TopBorder(),
                new BottomBorder(new Color { Rgb = "FF9AA8B5" }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2U };

        // The order is the order of the constants above.
        var formats = new CellFormats(
            Format(),
            Format(font: 1, fill: 2, border: 1),
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, QuotePrefix = true },
            Format(numberFormat: dateFormat),
            Format(numberFormat: dateTimeFormat),
            Format(numberFormat: 9),
            Format(numberFormat: moneyFormat),
            Format(fill: 3),
            Format(fill: 4),
            Format(fill: 5),
            Format(fill: 6),
            Format(font: 2),
            Format(font: 1),
            Format(font: 1, numberFormat: 9),
            Format(fill: 7),
            Format(font: 1, numberFormat: moneyFormat))
        { Count = 16U };

        return new Stylesheet(
            numberFormats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1U },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1U });
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new Color { Theme = 1U }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid });

    private static CellFormat Format(uint font = 0, uint fill = 0, uint border = 0, uint numberFormat = 0) => new()
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = fill,
        BorderId = border,
        FormatId = 0,
        ApplyFont = font != 0 ? true : null,
        ApplyFill = fill != 0 ? true : null,
        ApplyBorder = border != 0 ? true : null,
        ApplyNumberFormat = numberFormat != 0 ? true : null,
    };
}

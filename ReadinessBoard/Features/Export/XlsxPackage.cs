using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ReadinessBoard.Features.Export;

/// <summary>
/// The zip around the workbook's parts, written in one pass. The Open XML SDK's own package
/// (System.IO.Packaging) opens a read-write zip in which every part is buffered, uncompressed, until
/// the end; here each part is compressed into the output as it is written, so memory stays flat
/// however large the board. This class writes only what the package needs around the parts:
/// <c>[Content_Types].xml</c> and the two relationship parts.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    private readonly ZipArchive _zip;

    public XlsxPackage(Stream output) => _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    public const string WorkbookPath = "xl/workbook.xml";
    public const string StylesPath = "xl/styles.xml";

    /// <summary>The relationship id of the n-th sheet (0-based) in the workbook's relationships.</summary>
    public static string SheetRelationshipId(int index) => $"rId{index + 1}";

    public static string SheetPath(int index) => $"xl/worksheets/sheet{index + 1}.xml";

    /// <summary>A new part; write it whole and dispose it before the next is opened.</summary>
    public Stream Part(string path) => _zip.CreateEntry(path, CompressionLevel.Fastest).Open();

    /// <summary>The content types and relationships of a workbook, its styles and <paramref name="sheets"/> sheets.</summary>
    public void WriteStructure(int sheets)
    {
        Xml("[Content_Types].xml", writer =>
        {
            const string types = "http://schemas.openxmlformats.org/package/2006/content-types";
            writer.WriteStartElement("Types", types);
            Default(writer, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(writer, "xml", "application/xml");
            Override(writer, "/" + WorkbookPath, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(writer, "/" + StylesPath, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 0; i < sheets; i++)
            {
                Override(writer, "/" + SheetPath(i), SheetContentType);
            }

            writer.WriteEndElement();

            static void Default(XmlWriter writer, string extension, string type)
            {
                writer.WriteStartElement("Default", types);
                writer.WriteAttributeString("Extension", extension);
                writer.WriteAttributeString("ContentType", type);
                writer.WriteEndElement();
            }

            static void Override(XmlWriter writer, string part, string type)
            {
                writer.WriteStartElement("Override", types);
                writer.WriteAttributeString("PartName", part);
                writer.WriteAttributeString("ContentType", type);
                writer.WriteEndElement();
            }
        });

        Xml("_rels/.rels", writer =>
        {
            writer.WriteStartElement("Relationships", Relationships);
            Relationship(writer, "rId1", $"{OfficeDocument}/officeDocument", WorkbookPath);
            writer.WriteEndElement();
        });

        Xml("xl/_rels/workbook.xml.rels", writer =>
        {
            writer.WriteStartElement("Relationships", Relationships);
            for (var i = 0; i < sheets; i++)
            {
                Relationship(writer, SheetRelationshipId(i), $"{OfficeDocument}/worksheet", SheetPath(i)["xl/".Length..]);
            }

            Relationship(writer, $"rId{sheets + 1}", $"{OfficeDocument}/styles", StylesPath["xl/".Length..]);
            writer.WriteEndElement();
        });
    }

    public void Dispose() => _zip.Dispose();

    private void Xml(string path, Action<XmlWriter> write)
    {
        using var part = Part(path);
        using var writer = XmlWriter.Create(part, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(standalone: true);
        write(writer);
        writer.WriteEndDocument();
    }

    private static void Relationship(XmlWriter writer, string id, string type, string target)
    {
        writer.WriteStartElement("Relationship", Relationships);
        writer.WriteAttributeString("Id", id);
        writer.WriteAttributeString("Type", type);
        writer.WriteAttributeString("Target", target);
        writer.WriteEndElement();
    }
}

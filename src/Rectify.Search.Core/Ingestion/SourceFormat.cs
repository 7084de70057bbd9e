namespace Rectify.Search.Core.Ingestion;

/// <summary>What a file's bytes are, whatever its name says.</summary>
public enum SourceFormat
{
    /// <summary>Text in some encoding (the decoder finds which).</summary>
    Text,
    /// <summary>A web page (HTML).</summary>
    Html,
    /// <summary>A Word document (.docx: a zip holding word/document.xml).</summary>
    Docx,
    /// <summary>An Excel workbook (.xlsx: a zip holding xl/workbook.xml).</summary>
    Xlsx,
    /// <summary>An OpenDocument file (.odt, .ods: a zip whose first entry is its mimetype).</summary>
    OpenDocument,
    /// <summary>Another zip archive.</summary>
    Zip,
    /// <summary>A PDF.</summary>
    Pdf,
    /// <summary>An older binary Office or WPS file (.doc, .xls, .wps, .et: an OLE2 compound file).</summary>
    LegacyOffice,
    /// <summary>Rich text (.rtf).</summary>
    Rtf,
    /// <summary>A web page saved whole (.mht, .mhtml, a browser's or Word's "single file web page"): MIME, the page a part of it.</summary>
    Mhtml,
}

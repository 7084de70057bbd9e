using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Search.Writing;

/// <summary>
/// The paragraph styles of the project's Word files, in the fonts and sizes of a government document: Normal
/// (仿宋_GB2312, 三号, first line indented), Title (方正小标宋简体, 二号, centred), Heading1 (黑体, 三号), FootnoteText, and for
/// tables TableText (仿宋_GB2312, 小四), TableHeader (黑体, 小四, centred) and Note (仿宋_GB2312, 小四).
/// </summary>
internal static class DocxStyles
{
    private const string Body = "仿宋_GB2312", Heading = "黑体", TitleFont = "方正小标宋简体";

    /// <summary>A paragraph of one run in a style (null: Normal), with a footnote reference after it when given.</summary>
    public static Paragraph Paragraph(string? style, string text, Run? note = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (note is not null)
            paragraph.Append(note);
        return paragraph;
    }

    public static void Add(MainDocumentPart main)
    {
        static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font };
        static Style ParagraphStyle(string id, string name, string font, int halfPoints, bool bold = false, JustificationValues? justify = null, bool indent = false,
            int spaceAfter = 0, string line = "560")
        {
            var paragraph = new StyleParagraphProperties(new SpacingBetweenLines
            {
                Line = line, LineRule = line == "auto" ? LineSpacingRuleValues.Auto : LineSpacingRuleValues.Exact, After = spaceAfter.ToString(CultureInfo.InvariantCulture),
            });
            if (line == "auto")
                ((SpacingBetweenLines)paragraph.FirstChild!).Line = "240";
            if (justify is { } j)
                paragraph.Append(new Justification { Val = j });
            paragraph.Append(new Indentation { FirstLineChars = indent ? 200 : 0, FirstLine = indent ? "640" : "0" });
            var run = new StyleRunProperties(Fonts(font), new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }, new FontSizeComplexScript { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
            if (bold)
                run.Append(new Bold());
            var style = new Style(new StyleName { Val = name }, new PrimaryStyle(), paragraph, run) { Type = StyleValues.Paragraph, StyleId = id };
            if (id != "Normal")
                style.Append(new BasedOn { Val = "Normal" });
            return style;
        }
        var normal = ParagraphStyle("Normal", "Normal", Body, 32, indent: true);
        normal.Default = true;
        var title = ParagraphStyle("Title", "Title", TitleFont, 44, justify: JustificationValues.Center, spaceAfter: 560);
        var heading = ParagraphStyle("Heading1", "heading 1", Heading, 32, indent: true);
        heading.StyleParagraphProperties!.Append(new OutlineLevel { Val = 0 });
        var footnote = ParagraphStyle("FootnoteText", "footnote text", Body, 18);
        var note = ParagraphStyle("Note", "Note", Body, 24, spaceAfter: 60, line: "auto");
        var cell = ParagraphStyle("TableText", "Table Text", Body, 21, line: "auto");
        var header = ParagraphStyle("TableHeader", "Table Header", Heading, 21, justify: JustificationValues.Center, line: "auto");
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(normal, title, heading, footnote, note, cell, header);
    }
}

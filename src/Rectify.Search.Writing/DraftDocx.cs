using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rectify.Search.Core.Model;
using static Rectify.Search.Writing.DocxStyles;

namespace Rectify.Search.Writing;

/// <summary>
/// A draft as a Word document in the usual plan layout: the title (方正小标宋, 二号, centred), each problem a heading
/// (黑体, 三号) numbered 一、, its fields as labelled paragraphs and its measures numbered 1．(仿宋_GB2312, 三号, first
/// line indented two characters), and every item taken from a precedent cited in a footnote (《plan》（region，year）
/// 问题 n). The paragraphs are the ones the project's reader reads back into the same plan.
/// </summary>
public static class DraftDocx
{
    public static byte[] Write(Draft draft)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            DocxStyles.Add(main);
            var footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            main.AddNewPart<FootnotesPart>().Footnotes = footnotes;
            var body = new Body();
            var nextNote = 1;
            Run? Note(Citation? source)
            {
                if (source is null)
                    return null;
                var id = nextNote++;
                footnotes.Append(new Footnote(
                    new Paragraph(
                        new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
                        new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                        new Run(new Text(" " + source.Note) { Space = SpaceProcessingModeValues.Preserve })))
                { Id = id });
                return new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id });
            }

            body.Append(Paragraph("Title", PlanLayout.Title(draft)));
            foreach (var (problem, i) in draft.Problems.Select((p, i) => (p, i + 1)))
            {
                body.Append(Paragraph("Heading1", $"{PlanLayout.Numeral(i)}、{PlanLayout.Line(problem.Text)}"));
                if (problem.Target is { } target)
                    body.Append(Paragraph(null, $"{PlanLayout.Target}：{PlanLayout.Line(target.Text)}", Note(target.Source)));
                if (problem.Deadline is { } deadline)
                    body.Append(Paragraph(null, $"{PlanLayout.Deadline}：{deadline.Text}", Note(deadline.Source)));
                if (problem.LeadUnits.Count > 0)
                    body.Append(Paragraph(null, $"{PlanLayout.Lead}：{PlanLayout.Units(problem.LeadUnits)}", Note(problem.LeadUnits.FirstOrDefault(u => u.Source is not null)?.Source)));
                if (problem.SupportUnits.Count > 0)
                    body.Append(Paragraph(null, $"{PlanLayout.Support}：{PlanLayout.Units(problem.SupportUnits)}", Note(problem.SupportUnits.FirstOrDefault(u => u.Source is not null)?.Source)));
                if (problem.Measures.Count > 0)
                {
                    body.Append(Paragraph(null, $"{PlanLayout.Measures}："));
                    foreach (var (measure, n) in problem.Measures.Select((m, n) => (m, n + 1)))
                        body.Append(Paragraph(null, $"{n}．{PlanLayout.Line(measure.Text)}", Note(measure.Source)));
                }
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }
}

using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Parses the text of one plan into a <see cref="PlanDocument"/>: repairs lines, locates the problem list by its
/// structure, then reads the body sections, the problems with their measures, and the metadata.
/// </summary>
public static class PlanParser
{
    /// <summary>The parser's version; stored with each plan so that a changed parser re-reads unchanged files.</summary>
    public const string Version = "2";

    /// <summary>Parses <paramref name="text"/>; throws <see cref="PlanReadException"/> when it holds no problem list.</summary>
    public static PlanDocument Parse(string text, string documentId, string sourcePath, string contentHash, string encoding, Gazetteer? gazetteer = null)
    {
        var diagnostics = new List<Diagnostic>();
        var lines = LineAssembler.Assemble(text, diagnostics).Select(ClassifiedLine.Classify).ToList();
        IReadOnlyList<Problem> problems;
        ProblemListShape shape;
        var header = TableLayoutReader.FindHeader(lines);
        if (header >= 0)
        {
            shape = ProblemListLocator.ForTable(lines, header);
            problems = TableLayoutReader.Read(lines, header, diagnostics);
        }
        else
        {
            shape = ProblemListLocator.Locate(lines)
                ?? throw new PlanReadException(sourcePath,
                    "no recognisable problem list: expected numbered problems each followed by fields such as 整改目标：, 责任领导： or 牵头单位：, or a table whose header names 问题/整改措施 columns");
            problems = ProblemListParser.Parse(lines, shape, diagnostics);
        }
        if (problems.Count == 0)
            throw new PlanReadException(sourcePath, "the problem list holds no problems");
        var title = MetadataParser.FindTitle(lines, shape.FirstProblem);
        var bodyLines = lines.Take(shape.Start).Where((_, i) => title is null || i < title.Index || i > title.EndIndex);
        var sections = SectionParser.Parse(bodyLines);
        var metadata = MetadataParser.Parse(lines, title, shape, problems, gazetteer ?? Gazetteer.Default, diagnostics);

        return new PlanDocument(documentId, sourcePath, contentHash, encoding, metadata, sections, problems,
            diagnostics.OrderBy(d => d.Line ?? 0).ToList());
    }
}

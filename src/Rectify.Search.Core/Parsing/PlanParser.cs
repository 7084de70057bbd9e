using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Parses the text of one plan or notice into a <see cref="PlanDocument"/>: repairs lines and removes page noise,
/// finds the layout by its structure — a table, a list of numbered problems each opening its fields, a notice of one
/// problem whose fields are headings or labels, or none — then reads the body sections, the problems with their
/// measures, and the metadata. A readable document is never refused: without a problem list it is stored with its
/// metadata and body, and a warning says so.
/// </summary>
public static class PlanParser
{
    /// <summary>
    /// The parser's version (with the field label file's); stored with each plan so that a changed parser re-reads unchanged
    /// files. Raised by hand whenever a change reads some text otherwise (9: CSV rows, 2.1 outlines, 整改目标——…).
    /// </summary>
    public static string Version => "42." + FieldLabels.Version;

    /// <summary>
    /// The longest line a text may have. A real plan's longest paragraph (a whole list run into one line by a web page)
    /// is some tens of thousands of characters; a text of millions on one line is refused before it is read, so that
    /// reading it costs no more than holding it (a 30 MB single line took 17 s and 750 MB when it was parsed).
    /// </summary>
    public const int MaxLineCharacters = 200_000;

    /// <summary>The length of the longest line of <paramref name="text"/> and its 1-based number, found without copying.</summary>
    private static (int Length, int Line) LongestLine(string text)
    {
        var (longest, at, line, start) = (0, 1, 1, 0);
        var span = text.AsSpan();
        while (true)
        {
            var end = span[start..].IndexOf('\n');
            var length = end < 0 ? span.Length - start : end;
            if (length > longest)
                (longest, at) = (length, line);
            if (end < 0)
                return (longest, at);
            start += end + 1;
            line++;
        }
    }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="PlanReadException"/> only when the text is not readable Chinese (mojibake).</summary>
    /// <param name="published">The date the source was published on outside its text (a web page's), the plan's date when the text prints none.</param>
    public static PlanDocument Parse(string text, string documentId, string sourcePath, string contentHash, string encoding, Gazetteer? gazetteer = null, string? published = null)
    {
        Diagnostics.ParserProbe.Note("plan");
        if (LongestLine(text) is var (longest, at) && longest > MaxLineCharacters)
            throw new PlanReadException(sourcePath,
                $"a line runs to {longest:N0} characters without a break; a plan's paragraphs run to a few thousand, so at most {MaxLineCharacters:N0} are read: re-save the text with its line breaks", at);
        if (Mojibake.InvalidShare(text) is var invalid and >= Mojibake.InvalidShareCeiling)
            throw new PlanReadException(sourcePath,
                $"the text cannot be decoded: {invalid * 100:0} % of its characters stand for bytes no encoding could read (U+FFFD), control or private-use codes; re-save the file as UTF-8 text");
        if (Mojibake.Looks(text, out var share))
        {
            if (MojibakeRepair.Utf8ReadAsGbkLoss(text, share) is { } lost)
                throw new PlanReadException(sourcePath,
                    $"the text is UTF-8 that was read as GBK (鍏充簬 for 关于) and saved so: {lost:N0} of its characters were replaced by U+FFFD when it was misread and cannot be recovered (a repair may lose at most {MojibakeRepair.MaxLostShare:P0}); get the page again as it was published");
            throw new PlanReadException(sourcePath,
                $"the text is not readable Chinese (only {share:P0} of its characters are common ones; real text has over 95 %): mojibake, likely decoded with the wrong encoding or one byte off");
        }

        var diagnostics = new List<Diagnostic>();
        var pageLines = new List<PageNoise.PageLine>();
        var logical = LineAssembler.SplitInlineFields(ReferencedFindings.Resolve(LineAssembler.Assemble(text, diagnostics, pageLines), diagnostics), diagnostics);
        var lines = logical.Select(l => ClassifiedLine.Classify(l, LabelMode.Plan)).ToList();

        IReadOnlyList<Problem> problems;
        IReadOnlyList<Section> extras = [];
        ProblemListShape? shape;
        var layout = "list";
        var header = TableLayoutReader.FindHeader(lines);
        if (header >= 0)
        {
            layout = "table";
            shape = ProblemListLocator.ForTable(lines, header);
            problems = TableLayoutReader.Read(lines, header, diagnostics, out extras);
        }
        else
        {
            shape = ProblemListLocator.Locate(lines);
            if (shape is null)
            {
                // Not a plan's list: read field headings (三、整改措施) and lone labels as fields, as notices print them.
                lines = logical.Select(l => ClassifiedLine.Classify(l, LabelMode.Notice)).ToList();
                shape = ProblemListLocator.Locate(lines, minimumProblems: 2);
                // 关于华容县…问题整改情况的通报 tells its one problem under 一、基本情况: that heading is the problem's label.
                if (shape is null && ProblemListLocator.OneProblemsAccount(lines) is { } account)
                    lines[account] = lines[account] with { Kind = LineKind.Field, Heading = null, Field = FieldKind.Problem, FieldLabel = lines[account].Heading!.Rest.Folded.TrimEnd('。', ':'), FieldValue = DualText.Empty };
                // 漓江…问题整改验收意见 names its one finding in a sentence, in quotes: the finding, as a field of its own after that
                // sentence (which stays the notice's), is the problem.
                if (shape is null && ProblemListLocator.QuotedOneProblem(lines) is var (quotedAt, finding))
                {
                    var source = lines[quotedAt].Source;
                    lines.Insert(quotedAt + 1, new ClassifiedLine(source with { Text = finding, Line = source.EndLine }, LineKind.Field, null, FieldKind.Problem, "反馈问题", finding));
                }
                if (shape is null && ProblemListLocator.LocateNotice(lines) is { } notice)
                {
                    shape = notice;
                    layout = "notice";
                }
                // A progress report: numbered findings followed by what was done, or by nothing else.
                shape ??= ProblemListLocator.LocateProgress(lines);
                // A notice announcing its findings, then listing them numbered, one sentence each.
                shape ??= ProblemListLocator.LocateAnnounced(lines);
            }
            if (shape is null)
            {
                layout = "none";
                problems = [];
                diagnostics.Add(new(Severity.Warning, lines.FirstOrDefault()?.Line, "no-problem-list",
                    "no recognisable problem list (numbered problems each followed by fields such as 整改目标：, a table whose header names 问题/整改措施 columns, or a notice's labelled fields): stored with its metadata and body text only"));
            }
            else
            {
                problems = ProblemListParser.Parse(lines, shape, diagnostics, out extras);
                ReportFragment(lines, shape, diagnostics);
            }
        }
        var firstProblem = shape?.FirstProblem ?? lines.Count;
        var start = shape?.Start ?? lines.Count;
        var title = MetadataParser.FindTitle(lines, firstProblem);
        var bodyLines = lines.Take(start).Where((_, i) => title is null || i < title.Index || i > title.EndIndex);
        var sections = SectionParser.Parse(bodyLines).Concat(extras).ToList();
        var g = gazetteer ?? Gazetteer.Default;
        var metadata = MetadataParser.Parse(new MetadataParser.Input(lines, title, shape, problems, pageLines, sourcePath) { Published = published }, g, diagnostics)
            with { Layout = layout };
        if (metadata.Title is null)
            metadata = metadata with { Title = MadeTitle.Of(text, metadata, layout) };
        (problems, metadata) = WithPlaces(problems, sections, metadata, g);

        return new PlanDocument(documentId, sourcePath, contentHash, encoding, metadata, sections, problems,
            diagnostics.OrderBy(d => d.Line ?? 0).ToList());
    }

    /// <summary>
    /// The places each problem names (its text, the groups it stands under, target, units, progress and measures) and the
    /// document's: theirs with the body's sections — never the issuer's region (<see cref="RegionFinder.Places"/>).
    /// </summary>
    private static (IReadOnlyList<Problem>, PlanMetadata) WithPlaces(IReadOnlyList<Problem> problems, IReadOnlyList<Section> sections, PlanMetadata metadata, Gazetteer g)
    {
        static string Fold(string? text) => text is null ? "" : Text.TextNormalizer.Default.Normalize(text);
        static IEnumerable<string> Of(Problem p)
        {
            var f = p.Fields;
            yield return Fold(p.Text);
            // A group or a tag the problem stands under (【霞浦县】, 一、古田县) names its place as its text would.
            foreach (var category in p.Categories)
                yield return Fold(category);
            yield return Fold(f.Target);
            yield return Fold(f.Progress);
            yield return Fold(f.Location);
            foreach (var unit in f.LeadUnits.Concat(f.SupportUnits).Concat(f.ResponsibleUnits))
                yield return Fold(unit);
            foreach (var m in p.Measures)
                yield return Fold(m.Text);
        }
        var issuer = metadata.Region?.Code;
        var located = problems.Select(p => p with { Places = RegionFinder.Places(g, Of(p), issuer) }).ToList();
        // Each text is read once: the document's places are its problems' and its body's, their mentions summed.
        var places = RegionFinder.Merge(located.Select(p => p.Places).Append(RegionFinder.Places(g, Section.TextsOf(sections).Select(Fold), issuer)));
        return (located, metadata with { Places = places });
    }

    /// <summary>A paginated copy that starts inside a problem: its fields before the first whole problem are reported.</summary>
    private static void ReportFragment(IReadOnlyList<ClassifiedLine> lines, ProblemListShape shape, List<Diagnostic> diagnostics)
    {
        if (shape.Notice)
            return;
        var orphan = lines.Take(shape.Start).Where(l => l.Kind == LineKind.Field).ToList();
        if (orphan.Count > 0)
            diagnostics.Add(new(Severity.Warning, orphan[0].Line, "list-fragment",
                $"lines {orphan[0].Line}–{orphan[^1].Line} hold fields ({string.Join(", ", orphan.Select(o => o.FieldLabel).Distinct())}) of a problem whose heading is not in this copy (it starts inside the list); kept as body text"));
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;

namespace Rectify.Search.Core.Parsing;

/// <summary>Reads a plan's title, issuer, number, date, year, inspection and region from its opening lines.</summary>
internal static partial class MetadataParser
{
    [GeneratedRegex(@"^[(]\s*(?<e>征求意见稿|送审稿|试行|草案|代拟稿|讨论稿)\s*[)]$")]
    private static partial Regex EditionLine();

    [GeneratedRegex(@"\s*[(]\s*(?<e>征求意见稿|送审稿|试行|草案|代拟稿|讨论稿)\s*[)]$")]
    private static partial Regex EditionSuffix();

    [GeneratedRegex(@"^\S{1,12}〔(?<y>\d{4})〕\d+号$")]
    private static partial Regex DocumentNumberLine();

    [GeneratedRegex(@"〔(?<y>\d{4})〕")]
    private static partial Regex CitedNumberYear();

    [GeneratedRegex(@"(?<y>\d{4})\s*年")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"第(?<r>[一二三四五])轮")]
    private static partial Regex RoundInTitle();

    [GeneratedRegex(@"(中央第[一二三四五六七八九十]+(生态)?环境保护督察组|省(委)?第[一二三四五六七八九十]+(生态)?环境保护督察组)")]
    private static partial Regex InspectionGroup();

    [GeneratedRegex(@"督察组于?(?<y>\d{4})年")]
    private static partial Regex InspectionYear();

    /// <summary>Central inspection rounds by the year the inspectors arrived.</summary>
    private static readonly (int From, int To, int Round)[] CentralRounds = [(2015, 2018, 1), (2019, 2022, 2), (2023, 2027, 3)];

    public sealed record TitleSpan(int Index, int EndIndex);

    /// <summary>Finds the plan title among the lines before the first problem: the first line printed as a plan title.</summary>
    public static TitleSpan? FindTitle(IReadOnlyList<ClassifiedLine> lines, int firstProblem)
    {
        for (var i = 0; i < firstProblem; i++)
        {
            if (TextShapes.IsPlanTitle(lines[i].Text.Folded))
            {
                var end = i;
                if (i + 1 < firstProblem && EditionLine().IsMatch(lines[i + 1].Text.Folded))
                    end = i + 1;
                return new(i, end);
            }
        }
        return null;
    }

    public static PlanMetadata Parse(
        IReadOnlyList<ClassifiedLine> lines, TitleSpan? title, ProblemListShape shape, IReadOnlyList<Problem> problems,
        Gazetteer gazetteer, List<Diagnostic> diagnostics)
    {
        string? titleText = null, edition = null;
        if (title is not null)
        {
            titleText = TextShapes.CloseCjkGaps(lines[title.Index].Text.Original);
            if (title.EndIndex > title.Index)
                edition = EditionLine().Match(lines[title.EndIndex].Text.Folded).Groups["e"].Value;
            else if (EditionSuffix().Match(TextShapes.CloseCjkGaps(lines[title.Index].Text.Folded)) is { Success: true } m)
            {
                edition = m.Groups["e"].Value;
                titleText = titleText[..m.Index];
            }
        }
        else
        {
            diagnostics.Add(new(Severity.Warning, null, "title-missing", "no line printed as a plan title (…整改方案, …整改清单) before the problem list"));
        }

        var head = lines.Take(shape.FirstProblem).ToList();
        string? issuer = null, number = null, date = null;
        foreach (var line in head)
        {
            var folded = line.Text.Folded;
            // 中共兴国县委办公室 兴国县人民政府办公室 关于印发《…》的通知: the issuers stand before 关于印发, in a short line.
            if (issuer is null && folded.IndexOf("关于印发", StringComparison.Ordinal) is > 0 and <= 40 and var at && folded.Length <= 120 && !folded[..at].Any(c => c is ',' or '。' or ';'))
                issuer = line.Text.Original[..at].Trim();
            if (number is null && DocumentNumberLine().IsMatch(folded))
                number = line.Text.Original;
            if (date is null && TextShapes.DateLine().IsMatch(folded))
                date = ParseDate(folded);
        }

        var listTitle = lines.Skip(shape.Start).Take(shape.FirstProblem - shape.Start)
            .Select(l => TextShapes.CloseCjkGaps(l.Text.Original))
            .FirstOrDefault(t => TextShapes.IsPlanTitle(Text.WidthFolding.Fold(t)));

        var headText = string.Join("\n", head.Select(l => l.Text.Folded));
        var (year, yearSource) = FindYear(date, number, headText, problems);
        var inspection = FindInspection(titleText ?? "", headText, year);
        var region = title is null ? null : RegionResolver.Resolve(gazetteer, titleText!, headText, diagnostics);
        if (region is null && title is not null)
            diagnostics.Add(new(Severity.Warning, lines[title.Index].Line, "region-unresolved", $"no region of the GB/T 2260 divisions found at the start of the title \"{titleText}\""));

        return new PlanMetadata(titleText, edition, issuer, number, date, year, yearSource, inspection, region, listTitle);
    }

    private static string ParseDate(string folded)
    {
        var parts = Regex.Matches(folded, @"\d+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        return new DateOnly(parts[0], parts[1], parts[2]).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The plan's year, from the strongest evidence it prints: its own date, its document number, the newest
    /// document it cites in its opening, or else the earliest year among its deadlines.
    /// </summary>
    private static (int? Year, string? Source) FindYear(string? date, string? number, string headText, IReadOnlyList<Problem> problems)
    {
        if (date is not null)
            return (int.Parse(date[..4], CultureInfo.InvariantCulture), "date");
        if (number is not null)
            return (int.Parse(CitedNumberYear().Match(number).Groups["y"].Value, CultureInfo.InvariantCulture), "document-number");
        var cited = CitedNumberYear().Matches(headText).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToList();
        if (cited.Count > 0)
            return (cited.Max(), "cited-documents");
        var deadlines = problems
            .Select(p => p.Fields.DeadlineRaw)
            .Where(d => d is not null)
            .SelectMany(d => AnyYear().Matches(Text.WidthFolding.Fold(d!)).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)))
            .ToList();
        return deadlines.Count > 0 ? (deadlines.Min(), "deadlines") : (null, null);
    }

    private static InspectionInfo FindInspection(string title, string headText, int? planYear)
    {
        var group = InspectionGroup().Match(headText) is { Success: true } g ? g.Value : null;
        string? kind = title.Contains("中央") ? "central"
            : Regex.IsMatch(title, "省(委)?(生态)?环境保护督察") ? "provincial"
            : group?.StartsWith("中央", StringComparison.Ordinal) == true ? "central"
            : group is not null ? "provincial"
            : null;
        var followUp = title.Contains("回头看");
        if (RoundInTitle().Match(title) is { Success: true } r)
            return new(kind, Text.ChineseNumerals.Parse(r.Groups["r"].Value), followUp, group, $"title says 第{r.Groups["r"].Value}轮");
        if (kind != "central")
            return new(kind, null, followUp, group, null);

        var (year, from) = InspectionYear().Match(headText) is { Success: true } y
            ? (int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture), "inspection year")
            : (planYear, "plan year");
        foreach (var (lo, hi, round) in CentralRounds)
        {
            if (year >= lo && year <= hi)
                return new(kind, round, followUp || (round == 1 && year == 2018), group, $"{from} {year} falls in central round {round} ({lo}–{hi})");
        }
        return new(kind, null, followUp, group, null);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Rectify.Search.Core.Enrichment.Departments;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;

namespace Rectify.Search.Core.Drafting;

/// <summary>
/// Adapts what a precedent says to the drafter's region: a unit of a department or of the party and government is
/// named at the drafter's level (市生态环境局 → 保靖县生态环境局), place names of the precedent's region are marked
/// 【待核：…】 for review and never silently kept, years are listed for review, and a deadline is offered as its kind
/// with a date moved to the drafter's year, unconfirmed.
/// </summary>
public sealed partial class DraftAdaptation(Gazetteer gazetteer, DepartmentVocabulary departments)
{
    /// <summary>The adaptation with the shipped divisions and departments.</summary>
    public static DraftAdaptation Default { get; } = new(Gazetteer.Default, DepartmentVocabulary.Default);

    /// <summary>How a place name to review is marked in a composed text.</summary>
    public static string Mark(string place) => $"【待核：{place}】";

    /// <summary>
    /// A precedent's sentence (a measure, a target) for the drafter: the place names of the precedent's region — and
    /// any other full name of a division not the drafter's own — marked, and each mark and year listed for review.
    /// </summary>
    public DraftItem Text(string text, Citation source, Region? precedent, Region? drafter)
    {
        var (marked, places) = MarkPlaces(text, precedent, drafter);
        return new DraftItem(marked, source, [.. places, .. Years(text)]);
    }

    /// <summary>
    /// A precedent's unit for the drafter: a department, party or government unit loses its place or level prefix and
    /// takes the drafter's region name (赣州市生态环境局 → 保靖县生态环境局, 县委 → 保靖县委); any other unit (a company,
    /// a town, a park) is the precedent's own: kept, its place names marked, and listed for review.
    /// </summary>
    public DraftItem Unit(string unit, Citation source, Region? precedent, Region? drafter)
    {
        var mapped = departments.Map(unit);
        var local = drafter is null ? null : LocalName(drafter);
        // 各乡镇, 各设区市政府: every unit of a kind, not one to rename.
        if (local is not null && !unit.TrimStart().StartsWith('各') && mapped.Department?.Kind is "department" or "party" or "government" && StripPrefix(unit) is { Length: > 0 } rest)
        {
            // A province's 厅 is a county's or a city's 局 (省生态环境厅 → 保靖县生态环境局).
            if (drafter!.Level != RegionLevel.Province && rest.EndsWith('厅'))
                rest = rest[..^1] + "局";
            var renamed = local + rest;
            var (marked, places) = MarkPlaces(renamed, precedent, drafter);
            return new DraftItem(marked, source, places);
        }
        var (text, found) = MarkPlaces(unit, precedent, drafter);
        return new DraftItem(text, source, mapped.Department?.Kind is "department" or "party" or "government" || found.Count > 0 ? found : [.. found, "单位"]);
    }

    /// <summary>
    /// A precedent's deadline for a plan drafted in <paramref name="draftYear"/>: immediate and ongoing kinds as their
    /// words (立行立改；长期坚持); a date moved by the years it lay after its plan (a 2022 plan's 2023年12月底前 →
    /// the end of December of the year after <paramref name="draftYear"/>); never confirmed: the drafter confirms.
    /// </summary>
    public DraftDeadline? Deadline(Deadline deadline, int? precedentYear, int draftYear, Citation source)
    {
        switch (deadline.Kind)
        {
            case DeadlineKind.Immediate:
                return new DraftDeadline("立行立改", DeadlineKind.Immediate, null, false, source);
            case DeadlineKind.Ongoing:
                return new DraftDeadline("长期坚持", DeadlineKind.Ongoing, null, false, source);
            case DeadlineKind.ImmediateAndOngoing:
                return new DraftDeadline("立行立改，长期坚持", DeadlineKind.ImmediateAndOngoing, null, false, source);
            case DeadlineKind.Date when deadline.Date is { } date:
            {
                var d = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var offset = precedentYear is { } y ? Math.Clamp(d.Year - y, 0, 5) : 1;
                var year = draftYear + offset;
                var moved = new DateOnly(year, d.Month, DateTime.DaysInMonth(year, d.Month));
                var text = $"{year}年{d.Month}月底前" + (deadline.Ongoing ? "，长期坚持" : "");
                return new DraftDeadline(text, DeadlineKind.Date, moved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false, source);
            }
            default:
                return null;
        }
    }

    /// <summary>The name a unit of <paramref name="region"/> begins with: its county's, city's or province's name.</summary>
    public static string LocalName(Region region) => region.County ?? region.City ?? region.Province;

    /// <summary>The unit without the place name or level word it begins with (赣州市生态环境局 → 生态环境局, 县委 → 委).</summary>
    private string StripPrefix(string unit)
    {
        unit = unit.Trim();
        for (var len = Math.Min(gazetteer.MaxNameLength, unit.Length - 1); len >= 2; len--)
        {
            if (gazetteer.ByName(unit[..len]).Count > 0)
                return StripPrefix(unit[len..]);
        }
        return unit.Length > 1 && "省市州县区".Contains(unit[0]) ? unit[1..] : unit;
    }

    /// <summary>The text with place names to review marked, and the names marked, each once.</summary>
    private (string Text, List<string> Places) MarkPlaces(string text, Region? precedent, Region? drafter)
    {
        var own = Chain(drafter);
        var theirs = Chain(precedent);
        var places = new List<string>();
        var result = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length;)
        {
            var matched = 0;
            for (var len = Math.Min(gazetteer.MaxNameLength, text.Length - i); len >= 2; len--)
            {
                var name = text.Substring(i, len);
                var divisions = gazetteer.ByName(name);
                if (divisions.Count == 0 || divisions.Any(d => own.Contains(d.Division.Code)))
                    continue;
                // A short name (兴国) only when it is the precedent's own; a full one of three characters or more (红旗区 but not 城区) anywhere.
                if (divisions.Any(d => theirs.Contains(d.Division.Code)) || divisions.Any(d => d.Full && name.Length >= 3))
                {
                    matched = len;
                    break;
                }
            }
            if (matched == 0)
            {
                result.Append(text[i]);
                i++;
                continue;
            }
            var place = text.Substring(i, matched);
            result.Append(Mark(place));
            if (!places.Contains(place))
                places.Add(place);
            i += matched;
        }
        return (result.ToString(), places);
    }

    /// <summary>The codes of a region's province, city and county.</summary>
    private HashSet<string> Chain(Region? region)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var d = region is null ? null : gazetteer.ByCode(region.Code); d is not null; d = gazetteer.ParentOf(d))
            codes.Add(d.Code);
        return codes;
    }

    private static IEnumerable<string> Years(string text) => YearPattern().Matches(text).Select(m => m.Value).Distinct();

    [GeneratedRegex("(?:19|20)\\d{2}年")]
    private static partial Regex YearPattern();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Enrichment;

/// <summary>
/// Reads a printed deadline (整改时限) into a date, a kind and a status. 月底/月末 is the month's last day, 年底,
/// 年年底 and a bare year the year's last day; several dates give the latest. Words of immediacy (立行立改,
/// 立即整改) and continuity (长期坚持, 持续推进) make the kind. Text with neither — 按省时限要求…, or 12月底前
/// whose year a web copy lost — is kept raw and flagged as unread, never completed by a guess.
/// </summary>
public static partial class DeadlineParser
{
    /// <summary>Bumped when readings change; part of the pipeline version stored with each plan.</summary>
    public const string Version = "1";

    private static IReadOnlyList<string> ImmediateWords => Grammar.Default.ImmediateWords;
    private static IReadOnlyList<string> OngoingWords => Grammar.Default.OngoingWords;

    /// <summary>Reads <paramref name="raw"/>; <paramref name="statusNote"/> is the note printed beside it (已完成整改并上报销号).</summary>
    public static Deadline Parse(string? raw, string? statusNote = null)
    {
        Diagnostics.ParserProbe.Note("deadline");
        var printed = raw?.Trim() ?? "";
        var status = IsCompleted(statusNote) || IsCompleted(printed) ? "completed" : null;
        if (printed.Length == 0)
            return new Deadline("", null, DeadlineKind.None, status, false, false);

        var text = Compact(printed);
        var date = LatestDate(text);
        var immediate = ImmediateWords.Any(text.Contains);
        var ongoing = OngoingWords.Any(text.Contains);
        if (date is not null)
            return new Deadline(printed, date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DeadlineKind.Date, status, ongoing, false) { Immediate = immediate };
        var kind = (immediate, ongoing) switch
        {
            (true, true) => DeadlineKind.ImmediateAndOngoing,
            (true, false) => DeadlineKind.Immediate,
            (false, true) => DeadlineKind.Ongoing,
            _ => DeadlineKind.None,
        };
        return new Deadline(printed, null, kind, status, false, kind == DeadlineKind.None);
    }

    /// <summary>
    /// The deadline a measure sets itself, from the deadline-like dates its text names — 2021年6月底前，建立…; 到2017年底;
    /// 2017年完成…; in 2021-2022年期间 — the latest of them; null when it names none and is due by its problem's deadline.
    /// Dates of documents cited (《…（2021-2023年）》) and of past events (2019—2020年…排查发现的问题) are not deadlines.
    /// </summary>
    public static Deadline? ForMeasure(string text)
    {
        Diagnostics.ParserProbe.Note("deadline");
        var compact = CitedTitle().Replace(Compact(text), m => new string('·', m.Length));
        DateOnly? latest = null;
        string? clause = null;
        foreach (Match m in DatePattern().Matches(compact))
        {
            // A deadline opens the measure, follows 到/至/于, or is followed by 前, 期间, 完成 ….
            var leading = m.Index == 0;
            var by = (m.Index > 0 && compact[m.Index - 1] is '到' or '至' or '于') || compact.AsSpan(0, m.Index).EndsWith("时限:");
            if (!leading && !by && !DeadlineFollows().IsMatch(compact.AsSpan(m.Index + m.Length)))
                continue;
            if (LatestDate(m.Value) is { } date && (latest is null || date > latest))
            {
                latest = date;
                clause = ClauseAround(compact, m.Index);
            }
        }
        return latest is { } d ? new Deadline(clause!, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DeadlineKind.Date, null, false, false) : null;
    }

    private static string ClauseAround(string text, int index)
    {
        var start = text.LastIndexOfAny(['，', ',', '。', '；', ';'], Math.Max(index - 1, 0)) + 1;
        if (index == 0)
            start = 0;
        var end = text.IndexOfAny(['，', ',', '。', '；', ';'], index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>
    /// Clauses that give a deadline without its year (底前制定完成搬迁方案, 6月底前 …: a web copy lost the year): read as
    /// nothing, to be reported, never completed by a guess.
    /// </summary>
    public static IReadOnlyList<string> YearlessClauses(string text) =>
        Yearless().Matches(Compact(text)).Select(m => m.Groups["clause"].Value).ToList();

    private static bool IsCompleted(string? text) => text is not null && text.Contains("已完成", StringComparison.Ordinal);

    /// <summary>
    /// Folds full width, drops the spaces PDF text puts inside dates (2025 年 12 月底), and writes Chinese numerals of
    /// years, months and days in digits (二〇二五年六月三十日 → 2025年6月30日).
    /// </summary>
    private static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in WidthFolding.Fold(text))
        {
            if (!char.IsWhiteSpace(c))
                sb.Append(c);
        }
        var digits = ChineseYear().Replace(sb.ToString(), m =>
            ChineseNumerals.YearDigits(m.Groups[1].Value) + "年");
        return ChineseMonthOrDay().Replace(digits, m =>
            (ChineseNumerals.Parse(m.Groups[1].Value) ?? 0).ToString(CultureInfo.InvariantCulture) + m.Groups[2].Value);
    }

    private static DateOnly? LatestDate(string text)
    {
        DateOnly? latest = null;
        foreach (Match m in DatePattern().Matches(text))
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            DateOnly? date = null;
            if (m.Groups["m"].Success)
            {
                var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                if (month is < 1 or > 12)
                    continue;
                var last = DateTime.DaysInMonth(year, month);
                if (m.Groups["d"].Success)
                {
                    var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                    if (day < 1 || day > last)
                        continue;
                    date = new DateOnly(year, month, day);
                }
                else
                {
                    date = new DateOnly(year, month, last);
                }
            }
            else
            {
                date = new DateOnly(year, 12, 31);
            }
            if (latest is null || date > latest)
                latest = date;
        }
        return latest;
    }

    // 2021年12月31日, 2021年12月底, 2022年6月, 2020年年底, 2020年底, 2025年 (a year alone means its end).
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})年(?:(?<m>\d{1,2})月(?:(?<d>\d{1,2})[日号])?|年?[底末])?")]
    private static partial Regex DatePattern();

    [GeneratedRegex("《[^》]*》")]
    private static partial Regex CitedTitle();

    [GeneratedRegex("^(?:前|以前|之前|期间|完成|建成|实现|全面|基本|相关|治理|底)")]
    private static partial Regex DeadlineFollows();

    // 底前… or 6月底前… at the head of a clause, no year before it.
    [GeneratedRegex(@"(?:^|[，,。；;])(?<clause>(?:\d{1,2}月)?底前?[^，,。；;]{0,30})")]
    private static partial Regex Yearless();

    [GeneratedRegex("([一二][〇○零Oo0一二三四五六七八九]{3})年")]
    private static partial Regex ChineseYear();

    [GeneratedRegex("(?<=年|月)([一二三四五六七八九十]{1,3})([月日号])")]
    private static partial Regex ChineseMonthOrDay();
}

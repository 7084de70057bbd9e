using Rectify.Search.Core.Model;

namespace Rectify.Search.Writing;

/// <summary>
/// What a draft prints as, in the usual plan layout shared by the .docx and the .xlsx: the problems numbered 一、二、…,
/// each with 整改目标, 整改时限, 牵头单位, 配合单位 and its measures numbered 1．2．…, under the labels the project's own
/// reader knows (so that a written plan reads back into the same problems, fields and measures).
/// </summary>
public static class PlanLayout
{
    public const string Target = "整改目标", Deadline = "整改时限", Lead = "牵头单位", Support = "配合单位", Measures = "整改措施", Problem = "反馈问题", Number = "序号", Source = "出处";

    /// <summary>The title a draft prints: its own, made a plan's title (…整改方案) when it does not name one.</summary>
    public static string Title(Draft draft) =>
        draft.Title.Contains("整改方案", StringComparison.Ordinal) || draft.Title.Contains("整改清单", StringComparison.Ordinal) ? draft.Title : draft.Title + "整改方案";

    /// <summary>一, 二, … 九十九: the problem's number by its position (1-based).</summary>
    public static string Numeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n is < 1 or > 99)
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (n < 10)
            return digits[n].ToString();
        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }

    /// <summary>Units as a plan prints them: 、 between.</summary>
    public static string Units(IEnumerable<DraftItem> units) => string.Join("、", units.Select(u => u.Text));

    /// <summary>A one-line text: the line breaks a drafter typed become spaces (a line break would start a new paragraph of the plan).</summary>
    public static string Line(string text) => string.Join(" ", text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}

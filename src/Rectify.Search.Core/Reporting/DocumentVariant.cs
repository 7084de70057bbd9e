namespace Rectify.Search.Core.Reporting;

/// <summary>
/// A text document rewritten as the web gives such documents, to measure how well the reader holds when a document it
/// reads right comes in another shape: the same careful reader's expectations apply. Each rewrite keeps every character
/// of the text that a reader needs.
/// </summary>
public enum DocumentVariant
{
    /// <summary>A portal's page whose body lost its line breaks to spaces: its lines joined by a space, a page's furniture (navigation, links, footer) around them.</summary>
    Spaced,

    /// <summary>A portal's page whose body lost its line breaks with nothing in their place: its lines run together, the page's furniture around them.</summary>
    RunTogether,

    /// <summary>The body's full-width punctuation typed as ASCII (，；：（） as , ; : ( )), as many portals print it.</summary>
    Ascii,
}

/// <summary>The rewrites of <see cref="DocumentVariant"/>.</summary>
public static class DocumentVariants
{
    /// <summary>The names the command line takes: spaced, run-together, ascii.</summary>
    public static readonly IReadOnlyDictionary<string, DocumentVariant> Names = new Dictionary<string, DocumentVariant>(StringComparer.Ordinal)
    {
        ["spaced"] = DocumentVariant.Spaced,
        ["run-together"] = DocumentVariant.RunTogether,
        ["ascii"] = DocumentVariant.Ascii,
    };

    // A portal's furniture around an article: navigation and where the page stands above it, related links, the
    // previous and next articles and the site's registration below.
    private const string PageHead = "网站首页 | 政务公开 | 政务服务 | 互动交流\n当前位置：首页 > 政务公开 > 通知公告\n【字体：大 中 小】【打印】【关闭】\n";
    private const string PageFoot = "\n相关链接：\n· 关于生态环境保护督察反馈问题整改情况的公示（第二批）\n· 生态环境保护督察整改工作领导小组成员调整的通知\n上一篇：2023年度政府信息公开工作年度报告\n下一篇：关于开展秸秆禁烧工作的通告\n网站标识码：XXXXXXXXXX  备案号：ICP备00000000号\n";

    /// <summary>
    /// Whether <paramref name="text"/> can be rewritten so: a table's rows parted by tabs lose their shape when their
    /// line breaks go, so such a text has no line-break variant.
    /// </summary>
    public static bool Applies(this DocumentVariant variant, string text) =>
        variant == DocumentVariant.Ascii || !text.Contains('\t');

    /// <summary>
    /// A text document's bytes read rewritten (decoded as any text file is, the rewrite parsed as UTF-8); null when the
    /// rewrite does not apply to it. Throws <see cref="Ingestion.PlanReadException"/> as reading the file would.
    /// </summary>
    public static Model.PlanDocument? Read(this DocumentVariant variant, string path, byte[] bytes)
    {
        var text = Ingestion.SourceDecoder.Decode(bytes, path).Text;
        return variant.Applies(text) ? Ingestion.PlanPipeline.Read(path, System.Text.Encoding.UTF8.GetBytes(variant.Apply(text))) : null;
    }

    /// <summary>The text rewritten.</summary>
    public static string Apply(this DocumentVariant variant, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return variant switch
        {
            DocumentVariant.Spaced => PageHead + string.Join(" ", lines) + PageFoot,
            DocumentVariant.RunTogether => PageHead + string.Concat(lines) + PageFoot,
            DocumentVariant.Ascii => text.Replace('，', ',').Replace('；', ';').Replace('：', ':').Replace('（', '(').Replace('）', ')').Replace('！', '!').Replace('？', '?'),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };
    }
}

namespace Rectify.Search.Core.Regions;

/// <summary>Where a piece of text stands in a document, which decides how much a region it names counts.</summary>
public enum EvidenceSource
{
    Body,
    /// <summary>The problem's own text: what the document is about.</summary>
    Problem,
    /// <summary>Units named in the unit fields (整改责任单位：潼南区).</summary>
    Units,
    /// <summary>A page's region tag that names no body (地区：贵州-黔东南 on a tender portal): where, not who.</summary>
    Portal,
    /// <summary>The closing lines: issuer and date (岳阳市住房和城乡建设局).</summary>
    Signature,
    /// <summary>The issuer and the page metadata (发布机构：咸宁市生态环境局, 来源：麻山区住建局).</summary>
    Page,
    Title,
}

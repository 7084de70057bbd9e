using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Core.Text;
using Rectify.Search.Analysis.Segmentation;

namespace Rectify.Search.Analysis.Lucene;

/// <summary>
/// The project's Chinese analyzer: <see cref="NormalizingCharFilter"/> (full width, traditional characters), then
/// <see cref="ChineseTokenizer"/> (segmentation), then lower case, then stop words. Index mode adds the words inside long words; query mode keeps the coarse words.
/// One instance serves every thread (Lucene reuses per-thread components; the dictionary is shared and read-only).
/// </summary>
public sealed class ChineseAnalyzer(SegmentMode mode, AnalysisData? data = null, TextNormalizer? normalizer = null) : Analyzer
{
    /// <summary>The Lucene compatibility version the filters are built for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly AnalysisData _data = data ?? AnalysisData.Default;
    private readonly TextNormalizer _normalizer = normalizer ?? TextNormalizer.Default;
    private readonly CharArraySet _stopWords = new(Version, (data ?? AnalysisData.Default).StopWords.ToList(), ignoreCase: false);

    /// <summary>The mode this analyzer segments in.</summary>
    public SegmentMode Mode => mode;

    protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader, _normalizer);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ChineseTokenizer(reader, _data.Segmenter, mode);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, _stopWords);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

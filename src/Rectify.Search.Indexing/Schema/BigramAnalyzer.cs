using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Rectify.Search.Analysis.Lucene;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Indexing.Schema;

/// <summary>Normalized text cut into overlapping CJK bigrams (Latin and numbers stay whole), lower-cased.</summary>
public sealed class BigramAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader, TextNormalizer.Default);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(ChineseAnalyzer.Version, reader);
        TokenStream stream = new LowerCaseFilter(ChineseAnalyzer.Version, tokenizer);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

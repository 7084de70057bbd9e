using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Rectify.Search.Analysis.Lucene;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Indexing.Schema;

/// <summary>
/// Normalized text cut into single characters (each Han character a term; Latin and numbers stay whole), lower-cased:
/// the broadest lexical arm of the ranking. It cannot miss a word the segmenter cut differently or does not know
/// (镉, 猪场, 围垸), at the price of matching much that is unrelated — which the fusion with the concept ranker weighs.
/// </summary>
public class CharacterAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader, TextNormalizer.Default);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // The standard tokenizer (UAX#29) makes each ideograph a token of its own.
        var tokenizer = new StandardTokenizer(ChineseAnalyzer.Version, reader);
        return new TokenStreamComponents(tokenizer, Filter(new LowerCaseFilter(ChineseAnalyzer.Version, tokenizer)));
    }

    /// <summary>What a kind of analyzer makes of the single characters (here: nothing).</summary>
    protected virtual TokenStream Filter(TokenStream characters) => characters;
}

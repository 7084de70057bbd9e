using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Rectify.Search.Indexing.Building;

/// <summary>
/// Lucene 4.6's format with its stored fields (each record's text, kept for highlighting) compressed by Deflate in
/// 16 KB chunks instead of LZ4: Chinese text compresses by about a third more, and a search reads the stored fields
/// of its page's records only. Registered once by <see cref="Register"/>; an index names it in every segment.
/// </summary>
[CodecName("Rectify46")]
public sealed class RectifyCodec : FilterCodec
{
    private readonly StoredFieldsFormat _storedFields = new CompressingStoredFieldsFormat("RectifyStoredFields", CompressionMode.HIGH_COMPRESSION, 1 << 14);

    public RectifyCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    private static readonly Lazy<bool> Registered = new(() =>
    {
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(RectifyCodec)] });
        return true;
    });

#pragma warning disable CA2255 // The codec must be known before any index is read, whichever type of this assembly is used first.
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void OnLoad() => _ = Registered.Value;
#pragma warning restore CA2255

    /// <summary>Makes the codec known to Lucene (idempotent): before any index is written or read.</summary>
    public static Codec Register()
    {
        _ = Registered.Value;
        return Codec.ForName("Rectify46");
    }
}

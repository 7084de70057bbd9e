using System.IO.Compression;
using System.Text;

namespace Rectify.Search.Storage;

/// <summary>
/// A plan's long texts — its sections' headings and texts, its problems' texts and targets, its measures' texts, the
/// matches that explain its themes — kept together in one Brotli-compressed value (schema 11's <c>plan_texts</c>), where a column per row kept each
/// alone and whole: a plan's texts share their words, and compressed together they take about a third of the space.
/// Only reading a whole plan needs them (search answers from the index, comparison from the narrow columns), and
/// it reads them all. The rows hold empty strings in their place. Lists in the order <see cref="PlanWriter"/> writes
/// them: sections by position (heading, text); problems by position (text, and the target where it has one);
/// measures by problem and position; theme matches (<see cref="MatchColumn"/>) by problem, its themes then each
/// measure's.
/// </summary>
internal sealed class PlanTexts
{
    /// <summary>Brotli's quality: 5 compresses a plan as well as Deflate's best at many times its speed.</summary>
    private const int Quality = 5;

    public List<string> Sections { get; } = [];

    public List<string> Problems { get; } = [];

    public List<string> Measures { get; } = [];

    public List<string> Matches { get; } = [];

    public byte[] Compress()
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, new BrotliCompressionOptions { Quality = Quality }, leaveOpen: true))
        using (var w = new BinaryWriter(brotli, Encoding.UTF8))
        {
            foreach (var list in new[] { Sections, Problems, Measures, Matches })
            {
                w.Write7BitEncodedInt(list.Count);
                foreach (var text in list)
                    w.Write(text);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The texts of a compressed value; a cut or altered one throws <see cref="FormatException"/>.</summary>
    public static PlanTexts Decompress(byte[] value)
    {
        var texts = new PlanTexts();
        try
        {
            using var brotli = new BrotliStream(new MemoryStream(value), CompressionMode.Decompress);
            using var r = new BinaryReader(brotli, Encoding.UTF8);
            foreach (var list in new[] { texts.Sections, texts.Problems, texts.Measures, texts.Matches })
            {
                var count = r.Read7BitEncodedInt();
                for (var i = 0; i < count; i++)
                    list.Add(r.ReadString());
            }
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new FormatException("a plan's compressed texts are cut or altered", e);
        }
        return texts;
    }
}

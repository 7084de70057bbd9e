using System.Security.Cryptography;
using Rectify.Search.Core.Enrichment;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Parsing;

namespace Rectify.Search.Core.Ingestion;

/// <summary>Reads one plan file from disk: bytes, hash, encoding, parse. The document id is the file name without extension.</summary>
public static class PlanFileReader
{
    /// <summary>Reads and parses <paramref name="path"/>, reporting each stage; throws <see cref="PlanReadException"/> on failure.</summary>
    public static PlanDocument Read(string path, Action<IngestStage>? onStage = null)
    {
        onStage?.Invoke(IngestStage.Reading);
        return Parse(path, ReadBytes(path), onStage);
    }

    /// <summary>The file's bytes; throws <see cref="PlanReadException"/> when it cannot be read.</summary>
    public static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PlanReadException(path, $"cannot be read: {e.Message}");
        }
    }

    /// <summary>Decodes and parses bytes read from <paramref name="path"/>; throws <see cref="PlanReadException"/> on failure.</summary>
    public static PlanDocument Parse(string path, byte[] bytes, Action<IngestStage>? onStage = null)
    {
        onStage?.Invoke(IngestStage.Decoding);
        var decoded = SourceDecoder.Decode(bytes, path);
        onStage?.Invoke(IngestStage.Parsing);
        var plan = PlanParser.Parse(decoded.Text, DocumentIdOf(path), path, Hash(bytes), decoded.EncodingName);
        onStage?.Invoke(IngestStage.Enriching);
        return PlanEnricher.Enrich(plan);
    }

    /// <summary>
    /// The version of everything that turns bytes into a stored plan: the parser's and enrichment's (theme taxonomy,
    /// deadline reader). A plan stored under another version is read again from its file.
    /// </summary>
    public static string PipelineVersion { get; } = $"{PlanParser.Version}+{PlanEnricher.Version}";

    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The document id: the file name without its extension.</summary>
    public static string DocumentIdOf(string path) => Path.GetFileNameWithoutExtension(path);
}

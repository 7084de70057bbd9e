using System.Security.Cryptography;
using Rectify.Search.Core.Enrichment;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Parsing;

namespace Rectify.Search.Core.Ingestion;

/// <summary>
/// Turns a plan's bytes into an enriched plan: decode, parse, enrich. Pure: bytes in, a plan out; reading the file is
/// the caller's (the service's ingestion).
/// </summary>
public static class PlanPipeline
{
    /// <summary>
    /// The version of everything that turns bytes into a stored plan: the decoder's, the parser's and enrichment's
    /// (theme taxonomy, deadline reader, targets, departments), and a digest of the data files they read, so that a
    /// data file edited without raising its version still has stored plans read again. A plan stored under another
    /// version is read again from its file.
    /// </summary>
    public static string Version { get; } = $"{SourceDecoder.Version}+{PlanParser.Version}+{PlanEnricher.Version}+data-{DataDigest()}";

    /// <summary>The first 12 hex digits of SHA-256 over every data file embedded in this assembly, by name.</summary>
    private static string DataDigest()
    {
        var assembly = typeof(PlanPipeline).Assembly;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                sha.AppendData(buffer, 0, read);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }

    /// <summary>Decodes and parses bytes read from <paramref name="path"/>; throws <see cref="PlanReadException"/> on failure.</summary>
    /// <param name="path">Where the bytes came from: named in errors, kept as the plan's source, and its file name is the document id.</param>
    public static PlanDocument Read(string path, byte[] bytes, Action<IngestStage>? onStage = null)
    {
        onStage?.Invoke(IngestStage.Decoding);
        return Read(path, bytes, SourceDecoder.Decode(bytes, path), onStage);
    }

    /// <summary>Parses text already read from <paramref name="bytes"/> (a Word document's body, say); the bytes give the plan's hash.</summary>
    public static PlanDocument Read(string path, byte[] bytes, DecodedText decoded, Action<IngestStage>? onStage = null)
    {
        onStage?.Invoke(IngestStage.Parsing);
        var plan = PlanParser.Parse(decoded.Text, DocumentIdOf(path), path, Hash(bytes), decoded.EncodingName, published: decoded.Published);
        if (decoded.Notes.Count > 0)
            plan = plan with { Diagnostics = [.. decoded.Notes, .. plan.Diagnostics] };
        onStage?.Invoke(IngestStage.Enriching);
        return PlanEnricher.Enrich(plan);
    }

    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The document id: the file name without its extension.</summary>
    public static string DocumentIdOf(string path) => Path.GetFileNameWithoutExtension(path);
}

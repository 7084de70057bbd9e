using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Service.Ingestion;

/// <summary>
/// Reads one plan file from disk, its text in whatever format (<see cref="Reading.SourceReader"/>), and hands it to
/// <see cref="PlanPipeline"/>. The document id is the file name without extension.
/// </summary>
public static class PlanFileReader
{
    /// <summary>Reads and parses <paramref name="path"/>, reporting each stage; throws <see cref="PlanReadException"/> on failure.</summary>
    public static PlanDocument Read(string path, Action<IngestStage>? onStage = null)
    {
        onStage?.Invoke(IngestStage.Reading);
        return Parse(path, ReadBytes(path), onStage);
    }

    /// <summary>Parses the bytes of a plan file read from <paramref name="path"/>; throws <see cref="PlanReadException"/> on failure.</summary>
    public static PlanDocument Parse(string path, byte[] bytes, Action<IngestStage>? onStage = null)
    {
        onStage?.Invoke(IngestStage.Decoding);
        return PlanPipeline.Read(path, bytes, Reading.SourceReader.Read(path, bytes), onStage);
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
}

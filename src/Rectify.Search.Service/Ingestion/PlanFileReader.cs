using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Service.Ingestion;

/// <summary>Reads one plan file from disk and hands its bytes to <see cref="PlanPipeline"/>. The document id is the file name without extension.</summary>
public static class PlanFileReader
{
    /// <summary>Reads and parses <paramref name="path"/>, reporting each stage; throws <see cref="PlanReadException"/> on failure.</summary>
    public static PlanDocument Read(string path, Action<IngestStage>? onStage = null)
    {
        onStage?.Invoke(IngestStage.Reading);
        return PlanPipeline.Read(path, ReadBytes(path), onStage);
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

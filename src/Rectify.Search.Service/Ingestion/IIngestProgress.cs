using Rectify.Search.Core.Ingestion;

namespace Rectify.Search.Service.Ingestion;

/// <summary>Receives progress as files move through the ingestion stages.</summary>
public interface IIngestProgress
{
    /// <summary>File <paramref name="index"/> (0-based) of <paramref name="total"/> entered <paramref name="stage"/>.</summary>
    void Stage(string path, int index, int total, IngestStage stage);

    /// <summary>A file is finished.</summary>
    void Finished(FileResult result);
}

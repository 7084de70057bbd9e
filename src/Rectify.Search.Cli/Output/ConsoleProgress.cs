using Rectify.Search.Core.Ingestion;
using Rectify.Search.Service.Ingestion;

namespace Rectify.Search.Cli.Output;

/// <summary>
/// Shows indexing progress: on a terminal a status line rewritten in place ([2/5] file · parsing); always the
/// finished file's report line, so a redirected run still shows progress file by file.
/// </summary>
public sealed class ConsoleProgress(TextWriter output, TextWriter status, bool interactive) : IIngestProgress
{
    public void Stage(string path, int index, int total, IngestStage stage)
    {
        if (interactive && stage != IngestStage.Done)
            status.Write($"\r\u001b[2K[{index + 1}/{total}] {Path.GetFileName(path)} · {stage.ToString().ToLowerInvariant()}");
    }

    public void Finished(FileResult result)
    {
        if (interactive)
            status.Write("\r\u001b[2K");
        IngestReportPrinter.PrintFile(output, result);
    }
}

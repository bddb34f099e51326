using MinutesIngest.Ingest.Pipeline;
using Spectre.Console;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Cli.Rendering;

/// <summary>A live Spectre.Console progress bar: files done/total, documents per second, ETA and the file being read.</summary>
internal static class TerminalIngestProgress
{
    public static Task<IngestReport> RunAsync(Func<IIngestObserver, Task<IngestReport>> run) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => run(new TaskObserver(context.AddTask("ingest", autoStart: true, maxValue: 1))));

    private sealed class TaskObserver(ProgressTask task) : IIngestObserver
    {
        public void Started(int totalFiles)
        {
            task.MaxValue = Math.Max(1, totalFiles);
            task.Description = $"0/{totalFiles} files";
            if (totalFiles == 0) task.Value = 1;
        }

        public void FileStarted(string path, IngestProgress progress) => task.Description = Markup.Escape(IngestProgressText.Describe(progress));

        public void FileFinished(FileResult result, IngestProgress progress)
        {
            task.Value = progress.Done;
            task.Description = Markup.Escape(IngestProgressText.Describe(progress));
        }
    }
}
